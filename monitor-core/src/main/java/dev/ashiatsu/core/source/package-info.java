/** The port through which live frames arrive; adapters live in firmware-bridge and simulator. */
package dev.ashiatsu.core.source;
