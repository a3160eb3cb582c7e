/**
 * The alarm rules of design.md section 4, one class each. Each frame: {@code SignalLossRule} sees the
 * frame time, {@code SensorFaultRule} each channel's unfiltered sample, then the load rules read the
 * estimator through {@link dev.ashiatsu.core.alarm.LoadReading} in order (HIGH rules before the approach
 * rule). Rules raise and clear on the {@link dev.ashiatsu.core.alarm.AlarmBoard}, which tells the listener.
 */
package dev.ashiatsu.core.alarm;
