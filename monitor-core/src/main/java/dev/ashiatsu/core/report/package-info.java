/** A whole recording run through the monitor: the report that {@code analyze} prints. */
package dev.ashiatsu.core.report;
