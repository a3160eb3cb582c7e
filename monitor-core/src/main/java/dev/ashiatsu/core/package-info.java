/**
 * The monitor's pure logic: no I/O, no clock of its own (time comes in the frames).
 *
 * <pre>
 * Frame (raw counts or kg, NaN = missing)
 *   -> estimate.Estimator: calibration, zeros, median-of-3 filter, T, B, phase, baseline C, A, P, x_A, zone, L
 *   -> alarm rules (SensorFaultRule on unfiltered samples; the load rules on filtered loads) -> AlarmBoard -> AlarmListener
 *   -> stats.StatisticsAccumulator
 * Monitor ties them together; report.SessionAnalyzer runs a whole recording into a SessionReport.
 * </pre>
 *
 * Adapters (serial, GPIO, files, simulator) implement {@link dev.ashiatsu.core.source.FrameSource} elsewhere.
 */
package dev.ashiatsu.core;
