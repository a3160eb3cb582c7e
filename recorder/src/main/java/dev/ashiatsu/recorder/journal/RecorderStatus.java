package dev.ashiatsu.recorder.journal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the recorder has failed to do, shared between the calling threads (who count what the queue
 * refused) and the writer thread (who counts what the disk refused). Counts are per session: the writer
 * marks where a session starts.
 */
final class RecorderStatus {

    private final AtomicLong framesDropped = new AtomicLong();
    private final AtomicLong eventsDropped = new AtomicLong();
    private volatile long framesDroppedAtStart;
    private volatile long eventsDroppedAtStart;
    volatile long framesNotWritten;
    volatile long framesWritten;
    /** The last write failure, null once a write succeeded again. */
    volatile String writeError;

    void frameDropped() {
        framesDropped.incrementAndGet();
    }

    void eventDropped() {
        eventsDropped.incrementAndGet();
    }

    /** Writer thread: a new session starts; its counts start from zero. */
    void sessionStarted() {
        framesDroppedAtStart = framesDropped.get();
        eventsDroppedAtStart = eventsDropped.get();
        framesNotWritten = 0;
        framesWritten = 0;
        writeError = null;
    }

    long framesDropped() {
        return framesDropped.get() - framesDroppedAtStart;
    }

    long framesLost() {
        return framesDropped() + framesNotWritten;
    }

    /** Null when all is well, else e.g. {@code journal: No space left on device; 1234 frames not recorded}. */
    String fault() {
        String error = writeError;
        long lost = framesLost();
        long events = eventsDropped.get() - eventsDroppedAtStart;
        if (error == null && lost == 0 && events == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder("journal:");
        if (error != null) {
            text.append(' ').append(error).append(';');
        }
        if (lost > 0) {
            text.append(' ').append(lost).append(" frames not recorded;");
        }
        if (events > 0) {
            text.append(' ').append(events).append(" alarms or notes not recorded;");
        }
        return text.substring(0, text.length() - 1);
    }
}
