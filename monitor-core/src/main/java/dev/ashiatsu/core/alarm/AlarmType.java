package dev.ashiatsu.core.alarm;

/** The alarms of design.md section 4 and the client's stop button, each with its fixed priority. */
public enum AlarmType {
    OVER_LIMIT(Priority.HIGH),
    NO_GO_ZONE(Priority.HIGH),
    APPROACHING_LIMIT(Priority.LOW),
    RAPID_LOAD(Priority.HIGH),
    SENSOR_FAULT(Priority.MEDIUM),
    SIGNAL_LOSS(Priority.HIGH),
    WEIGHT_MISMATCH(Priority.LOW),
    /** The client pressed the stop button (issue 11): stays until acknowledged. */
    CLIENT_STOP(Priority.HIGH);

    private final Priority priority;

    AlarmType(Priority priority) {
        this.priority = priority;
    }

    public Priority priority() {
        return priority;
    }
}
