package dev.ashiatsu.bridge.gpio;

/** Whether the alarm buzzer and the alarm light are on at one moment. */
public record SignalLevels(boolean buzzer, boolean light) {

    public static final SignalLevels OFF = new SignalLevels(false, false);
}
