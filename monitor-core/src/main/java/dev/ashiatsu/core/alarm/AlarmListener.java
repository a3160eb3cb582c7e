package dev.ashiatsu.core.alarm;

/**
 * Receives alarm changes as they happen, on the thread that feeds the monitor. Implementations must
 * return quickly and must not call back into the monitor.
 */
public interface AlarmListener {

    /** An alarm was raised; its {@code endMs} is null. */
    void raised(AlarmEvent alarm);

    /** An alarm ended; its {@code endMs} is set and its peak is final. */
    void cleared(AlarmEvent alarm);

    /**
     * An active alarm was acknowledged at {@code tMs} (by the button at the table or by hand), the first time
     * only. A {@link AlarmType#CLIENT_STOP} ends with it: {@link #cleared} follows at once.
     */
    default void acknowledged(AlarmEvent alarm, double tMs) {
    }

    AlarmListener NONE = new AlarmListener() {
        @Override
        public void raised(AlarmEvent alarm) {
        }

        @Override
        public void cleared(AlarmEvent alarm) {
        }
    };
}
