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

    AlarmListener NONE = new AlarmListener() {
        @Override
        public void raised(AlarmEvent alarm) {
        }

        @Override
        public void cleared(AlarmEvent alarm) {
        }
    };
}
