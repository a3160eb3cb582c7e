package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.alarm.AlarmEvent;

/**
 * Told by the acquisition thread about changes that must reach the browsers at once (the regular
 * estimates are polled from {@link AcquisitionPipeline#latest()} instead). Called on the acquisition
 * thread: implementations hand the work to a thread of their own and return at once, never blocking.
 */
public interface LiveListener {

    /** An alarm was raised or ended (its {@code endMs} says which), or acknowledged. */
    void alarmChanged(AlarmEvent alarm);

    /**
     * A listed alarm was acknowledged at {@code tMs} on the frames' clock ({@code alarm} as it was then), by
     * {@code by}: {@code "button"} (at the table) or {@code "page"}.
     */
    default void alarmAcknowledged(AlarmEvent alarm, double tMs, String by) {
    }

    /** A line was added to the session's event list. */
    void sessionEvent(SessionEvent event);

    /** The session, its profiles or the table changed: the browsers should reload their context. */
    void contextChanged();

    /** A frame was processed and {@link AcquisitionPipeline#latest()} moved on. */
    default void frameProcessed() {
    }

    LiveListener NONE = new LiveListener() {
        @Override
        public void alarmChanged(AlarmEvent alarm) {
        }

        @Override
        public void sessionEvent(SessionEvent event) {
        }

        @Override
        public void contextChanged() {
        }
    };
}
