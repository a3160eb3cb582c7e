package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.Priority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alarms the live page lists, with their acknowledgement: every active alarm, plus every HIGH alarm
 * that has ended but was never acknowledged (it stays listed until someone acknowledges it). An ended
 * alarm that is acknowledged, or an ended MEDIUM/LOW one, leaves the list.
 *
 * <p>Thread-safe: the acquisition thread reports changes, web threads acknowledge.
 */
public final class AlarmBoard {

    /** Most urgent first: priority, then still active before ended, then the newest first. */
    static final Comparator<ListedAlarm> ORDER = Comparator
            .comparing((ListedAlarm a) -> a.alarm().priority())
            .thenComparing(a -> !a.alarm().active())
            .thenComparing(a -> -a.alarm().startMs());

    private final Map<Long, ListedAlarm> listed = new LinkedHashMap<>();

    public synchronized void raised(AlarmEvent alarm) {
        listed.put(alarm.id(), new ListedAlarm(alarm, false));
    }

    public synchronized void cleared(AlarmEvent alarm) {
        ListedAlarm before = listed.get(alarm.id());
        boolean acknowledged = before != null && before.acknowledged();
        if (alarm.priority() == Priority.HIGH && !acknowledged) {
            listed.put(alarm.id(), new ListedAlarm(alarm, false));
        } else {
            listed.remove(alarm.id());
        }
    }

    /** Acknowledges one alarm: an active one stays listed (silenced), an ended one leaves. False if not listed. */
    public synchronized boolean acknowledge(long id) {
        ListedAlarm alarm = listed.get(id);
        if (alarm == null) {
            return false;
        }
        if (alarm.alarm().active()) {
            listed.put(id, new ListedAlarm(alarm.alarm(), true));
        } else {
            listed.remove(id);
        }
        return true;
    }

    /** Updates the peak of a listed active alarm (from the monitor's active list); does not add alarms. */
    public synchronized void refresh(List<AlarmEvent> active) {
        for (AlarmEvent alarm : active) {
            ListedAlarm known = listed.get(alarm.id());
            if (known != null && known.alarm().active()) {
                listed.put(alarm.id(), new ListedAlarm(alarm, known.acknowledged()));
            }
        }
    }

    /** Drops every ended alarm, acknowledged or not (a new session starts: they belong to the one before). */
    public synchronized void dropEnded() {
        listed.values().removeIf(a -> !a.alarm().active());
    }

    /** The list, most urgent first. */
    public synchronized List<ListedAlarm> list() {
        List<ListedAlarm> all = new ArrayList<>(listed.values());
        all.sort(ORDER);
        return all;
    }

    /** An alarm as listed: the event (active while its endMs is null) and whether someone acknowledged it. */
    public record ListedAlarm(AlarmEvent alarm, boolean acknowledged) {
    }
}
