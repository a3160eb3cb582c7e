package dev.ashiatsu.core.alarm;

import dev.ashiatsu.core.estimate.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The alarms active now: rules raise and clear them here, the board numbers them, keeps each load
 * alarm's peak and tells the listener. Allocates only when an alarm is raised or cleared.
 */
public final class AlarmBoard {

    private final AlarmListener listener;
    private final List<Active> active = new ArrayList<>();
    private long nextId;

    public AlarmBoard(AlarmListener listener) {
        this(listener, 1);
    }

    /**
     * @param firstId the id of the first alarm raised here (a board that replaces another continues its
     *                numbering, so ids stay unique within a session); at least 1
     */
    public AlarmBoard(AlarmListener listener, long firstId) {
        if (firstId < 1) {
            throw new IllegalArgumentException("firstId must be at least 1, was " + firstId);
        }
        this.listener = listener;
        this.nextId = firstId;
    }

    /** The id the next alarm raised here will get. */
    public long nextId() {
        return nextId;
    }

    /** One active alarm, as held by the rule that raised it. */
    public static final class Active {
        private final AlarmEvent event;
        private double peakKg;
        private boolean acknowledged;

        private Active(AlarmEvent event) {
            this.event = event;
            this.peakKg = event.peakKg();
        }

        public AlarmType type() {
            return event.type();
        }

        AlarmEvent snapshot() {
            return event.withPeak(peakKg);
        }
    }

    /**
     * Raises an alarm at {@code tMs}.
     *
     * @param appliedKg the applied load now (NaN for alarms without a load figure)
     * @param limitKg   the limit in force (NaN where none applies)
     */
    public Active raise(AlarmType type, double tMs, double appliedKg, double limitKg, Zone zone, String channel,
                        String detail) {
        return raise(type, tMs, appliedKg, limitKg, zone, channel, detail, null);
    }

    /** Raises an alarm that carries what a button press recorded ({@code press} null for none). */
    public Active raise(AlarmType type, double tMs, double appliedKg, double limitKg, Zone zone, String channel,
                        String detail, StopPress press) {
        Active alarm = new Active(new AlarmEvent(nextId++, type, tMs, null, appliedKg, limitKg, zone, channel, detail,
                press));
        active.add(alarm);
        listener.raised(alarm.event);
        return alarm;
    }

    /** Ends an alarm at {@code tMs}; returns null so callers can write {@code handle = board.clear(handle, t)}. */
    public Active clear(Active alarm, double tMs) {
        if (alarm != null && active.remove(alarm)) {
            listener.cleared(alarm.event.ended(tMs, alarm.peakKg));
        }
        return null;
    }

    /** Records the applied load against the peak of every active alarm that carries a load figure. */
    public void trackPeak(double appliedKg) {
        for (int i = 0; i < active.size(); i++) {
            Active alarm = active.get(i);
            if (!Double.isNaN(alarm.peakKg) && appliedKg > alarm.peakKg) {
                alarm.peakKg = appliedKg;
            }
        }
    }

    /**
     * Acknowledges the active alarm {@code id} at {@code tMs} and tells the listener; a CLIENT_STOP ends
     * with it (at {@code tMs}, or at its start if the acknowledgement's time is earlier). False when no
     * active alarm has that id or it was already acknowledged.
     */
    public boolean acknowledge(long id, double tMs) {
        for (int i = 0; i < active.size(); i++) {
            Active alarm = active.get(i);
            if (alarm.event.id() == id) {
                if (alarm.acknowledged) {
                    return false;
                }
                acknowledge(alarm, tMs);
                return true;
            }
        }
        return false;
    }

    /**
     * Acknowledges, as {@link #acknowledge(long, double)} does, the most urgent active alarm nobody has
     * acknowledged yet, as the live page sounds it: the highest priority, then the newest.
     *
     * @return that alarm as it was when acknowledged, or null when there is none
     */
    public AlarmEvent acknowledgeMostUrgent(double tMs) {
        Active best = null;
        for (int i = 0; i < active.size(); i++) {
            Active alarm = active.get(i);
            if (!alarm.acknowledged && (best == null || URGENCY.compare(alarm.event, best.event) < 0)) {
                best = alarm;
            }
        }
        return best == null ? null : acknowledge(best, tMs);
    }

    private AlarmEvent acknowledge(Active alarm, double tMs) {
        alarm.acknowledged = true;
        AlarmEvent acknowledged = alarm.snapshot();
        listener.acknowledged(acknowledged, tMs);
        if (alarm.type() == AlarmType.CLIENT_STOP) {
            clear(alarm, Math.max(tMs, alarm.event.startMs()));
        }
        return acknowledged;
    }

    private static final Comparator<AlarmEvent> URGENCY = Comparator.comparing(AlarmEvent::priority)
            .thenComparing(Comparator.comparingDouble(AlarmEvent::startMs).reversed())
            .thenComparing(Comparator.comparingLong(AlarmEvent::id).reversed());

    public boolean isActive(AlarmType type) {
        for (int i = 0; i < active.size(); i++) {
            if (active.get(i).type() == type) {
                return true;
            }
        }
        return false;
    }

    /** Snapshots of the active alarms, most urgent first, then oldest first. */
    public List<AlarmEvent> active() {
        List<AlarmEvent> list = new ArrayList<>(active.size());
        for (Active alarm : active) {
            list.add(alarm.snapshot());
        }
        list.sort(Comparator.comparing(AlarmEvent::priority).thenComparingDouble(AlarmEvent::startMs));
        return list;
    }

    /**
     * Ends every active alarm at {@code tMs} (end of input or of a session), or at its start where that is
     * later (a signal loss starts 250 ms after the last frame), so no alarm ends before it began.
     */
    public void clearAll(double tMs) {
        for (Active alarm : List.copyOf(active)) {
            clear(alarm, Math.max(tMs, alarm.event.startMs()));
        }
    }
}
