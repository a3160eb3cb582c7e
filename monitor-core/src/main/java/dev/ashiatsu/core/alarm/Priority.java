package dev.ashiatsu.core.alarm;

/** Alarm priority, most urgent first (so natural order sorts the urgent ones to the top). */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
