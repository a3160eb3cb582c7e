/**
 * The ports through which live frames arrive (adapters live in firmware-bridge and simulator) and the
 * {@link dev.ashiatsu.core.source.Clock} every module takes its time from.
 */
package dev.ashiatsu.core.source;
