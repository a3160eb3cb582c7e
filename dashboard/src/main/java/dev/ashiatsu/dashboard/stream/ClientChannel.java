package dev.ashiatsu.dashboard.stream;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One browser's outgoing queue, bounded so a slow or dead browser costs nothing to the others:
 * at most one message is in flight; while it is, a newer update replaces the waiting one (a stale update
 * is worth nothing), and alarm and event messages queue up in order, never dropped. A client whose
 * must-deliver queue passes {@value #MAX_PENDING_EVENTS} messages is closed (it reconnects and gets the
 * full state again). Thread-safe; never blocks.
 */
public final class ClientChannel {

    static final int MAX_PENDING_EVENTS = 256;

    private final TextSink sink;
    private final Deque<String> events = new ArrayDeque<>();
    private String pendingUpdate;
    private boolean inFlight;
    private boolean closed;
    private long updatesDropped;
    private long sent;

    public ClientChannel(TextSink sink) {
        this.sink = sink;
    }

    /** Offers an update; replaces any update still waiting. */
    public void offerUpdate(String json) {
        String now;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (inFlight) {
                if (pendingUpdate != null) {
                    updatesDropped++;
                }
                pendingUpdate = json;
                return;
            }
            inFlight = true;
            now = json;
        }
        send(now);
    }

    /** Offers a must-deliver message (alarm, event, context). */
    public void offerEvent(String json) {
        String now;
        boolean overflow = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (inFlight) {
                events.addLast(json);
                overflow = events.size() > MAX_PENDING_EVENTS;
                if (!overflow) {
                    return;
                }
                now = null;
            } else {
                inFlight = true;
                now = json;
            }
        }
        if (overflow) {
            close("too slow: " + MAX_PENDING_EVENTS + " alarm or event messages waiting");
        } else {
            send(now);
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** Updates replaced before they could be sent. */
    public synchronized long updatesDropped() {
        return updatesDropped;
    }

    public synchronized long sent() {
        return sent;
    }

    public void close(String reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            events.clear();
            pendingUpdate = null;
        }
        sink.close(reason);
    }

    private void send(String json) {
        try {
            sink.send(json, this::done);
        } catch (RuntimeException e) {
            done(e);
        }
    }

    private void done(Throwable failure) {
        String next;
        synchronized (this) {
            if (failure != null) {
                closed = true;
                inFlight = false;
                events.clear();
                pendingUpdate = null;
                return;
            }
            sent++;
            next = events.pollFirst();
            if (next == null) {
                next = pendingUpdate;
                pendingUpdate = null;
            }
            inFlight = next != null && !closed;
            if (!inFlight) {
                return;
            }
        }
        send(next);
    }
}
