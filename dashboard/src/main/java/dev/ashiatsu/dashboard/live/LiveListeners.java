package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.alarm.AlarmEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's listeners: the one it was made with (the browsers' broadcaster) and any added later (the
 * table's buzzer). Called on the acquisition thread like any {@link LiveListener}; one that throws is logged
 * and the others are still told: a listener never stops monitoring.
 */
final class LiveListeners implements LiveListener {

    private static final Logger LOG = LoggerFactory.getLogger(LiveListeners.class);

    private final List<LiveListener> listeners = new CopyOnWriteArrayList<>();

    LiveListeners(LiveListener first) {
        listeners.add(first);
    }

    void add(LiveListener listener) {
        listeners.add(listener);
    }

    void remove(LiveListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void alarmChanged(AlarmEvent alarm) {
        listeners.forEach(l -> tell(l, () -> l.alarmChanged(alarm)));
    }

    @Override
    public void alarmAcknowledged(AlarmEvent alarm, double tMs, String by) {
        listeners.forEach(l -> tell(l, () -> l.alarmAcknowledged(alarm, tMs, by)));
    }

    @Override
    public void sessionEvent(SessionEvent event) {
        listeners.forEach(l -> tell(l, () -> l.sessionEvent(event)));
    }

    @Override
    public void contextChanged() {
        listeners.forEach(l -> tell(l, l::contextChanged));
    }

    @Override
    public void frameProcessed() {
        listeners.forEach(l -> tell(l, l::frameProcessed));
    }

    private static void tell(LiveListener listener, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("a live listener failed ({}): {}", listener.getClass().getSimpleName(), e.toString(), e);
        }
    }
}
