/**
 * A whole recording run through the monitor: the report that {@code analyze} prints, and the JSON of its
 * strokes and dose ({@link dev.ashiatsu.core.report.StrokeDoseJson}), which the review routes share.
 */
package dev.ashiatsu.core.report;
