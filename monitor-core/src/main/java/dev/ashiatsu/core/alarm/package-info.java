/**
 * The alarm rules of design.md section 4, one class each. Each frame: {@code SignalLossRule} sees the
 * frame time, {@code SensorFaultRule} each channel's unfiltered sample, then the load rules read the
 * estimator through {@link dev.ashiatsu.core.alarm.LoadReading} in order (HIGH rules before the approach
 * rule). Rules raise and clear on the {@link dev.ashiatsu.core.alarm.AlarmBoard}, which tells the listener.
 * {@code ClientStopRule} keeps the last 5 s of applied load ({@code LoadHistory}) every frame and raises
 * CLIENT_STOP when the client's button is pressed; the board also holds acknowledgement (the acknowledge
 * button, the page's acknowledge), which ends a CLIENT_STOP.
 */
package dev.ashiatsu.core.alarm;
