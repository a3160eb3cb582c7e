package dev.ashiatsu.dashboard.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The current session's events, the newest {@value #CAPACITY} kept in memory. Thread-safe. */
public final class SessionLog {

    static final int CAPACITY = 1000;

    private final Deque<SessionEvent> events = new ArrayDeque<>();
    private long seq;

    public synchronized SessionEvent add(double tMs, long epochMs, String kind, String text) {
        SessionEvent event = new SessionEvent(++seq, tMs, epochMs, kind, text);
        events.addLast(event);
        if (events.size() > CAPACITY) {
            events.removeFirst();
        }
        return event;
    }

    /** Forgets every event (a new session starts); numbering restarts at 1. */
    public synchronized void reset() {
        events.clear();
        seq = 0;
    }

    public synchronized List<SessionEvent> list() {
        return new ArrayList<>(events);
    }
}
