package dev.ashiatsu.recorder.journal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the recorder is failing to do, shared between the calling threads (who count what the queue refused)
 * and the writer thread (who counts what the disk refused). Counts are per session: the writer marks where a
 * session starts.
 *
 * <p>The fault is reported per <em>episode</em>: from the first failure until writing works again, {@link
 * #fault()} returns the same text (the reason and when it started, no running counts), so a listener that
 * reports each new fault text reports an episode once. The counts are recorded in the journal itself (LOST
 * records) and read through {@link #framesLost()}.
 */
final class RecorderStatus {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final AtomicLong framesDropped = new AtomicLong();
    private final AtomicLong eventsDropped = new AtomicLong();
    private volatile long framesDroppedAtStart;
    volatile long framesNotWritten;
    volatile long framesWritten;
    /** The write failure episode now, e.g. "cannot write (No space left on device) since 10:02:03 UTC"; null when writing works. */
    private volatile String writeEpisode;
    /** When the queue first overflowed in this episode (epoch ms), 0 when it did not. */
    private volatile long overflowSinceMs;
    /** A mistake of the caller (e.g. a begin without session info), until the next session starts. */
    private volatile String usageError;

    /** Any thread: the queue refused a frame. */
    void frameDropped() {
        framesDropped.incrementAndGet();
        if (overflowSinceMs == 0) {
            overflowSinceMs = System.currentTimeMillis();
        }
    }

    /** Any thread: the queue (or the memory kept for them) refused an alarm or a note. */
    void eventDropped() {
        eventsDropped.incrementAndGet();
        if (overflowSinceMs == 0) {
            overflowSinceMs = System.currentTimeMillis();
        }
    }

    void usageError(String text) {
        usageError = text;
    }

    /** Writer thread: a new session starts; its counts start from zero. */
    void sessionStarted() {
        framesDroppedAtStart = framesDropped.get();
        framesNotWritten = 0;
        framesWritten = 0;
        usageError = null;
    }

    /** Writer thread: a write failed; starts an episode unless one is going on. */
    void writeFailed(String reason) {
        if (writeEpisode == null) {
            writeEpisode = "cannot write (" + reason + ") since " + SINCE.format(Instant.now()) + " UTC";
        }
    }

    /** Writer thread: everything held back has been written; ends the write episode. */
    void writing() {
        writeEpisode = null;
    }

    /** Writer thread: the queue drained with no frame refused since {@code droppedSeen}; ends the overflow episode. */
    void caughtUp(long droppedSeen, long eventsSeen) {
        if (framesDropped.get() == droppedSeen && eventsDropped.get() == eventsSeen) {
            overflowSinceMs = 0;
        }
    }

    long framesDroppedTotal() {
        return framesDropped.get();
    }

    long eventsDroppedTotal() {
        return eventsDropped.get();
    }

    long framesDropped() {
        return framesDropped.get() - framesDroppedAtStart;
    }

    /** Frames of this session not recorded (queue refused or disk failed). */
    long framesLost() {
        return framesDropped() + framesNotWritten;
    }

    /**
     * Null when all is well, else the episode, the same text from its start to its end, e.g.
     * {@code journal: cannot write (No space left on device) since 10:02:03 UTC; frames lost are counted,
     * alarms and notes kept in memory until it can write}.
     */
    String fault() {
        String usage = usageError;
        String write = writeEpisode;
        long overflow = overflowSinceMs;
        if (usage == null && write == null && overflow == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder("journal:");
        if (usage != null) {
            text.append(' ').append(usage).append(';');
        }
        if (write != null) {
            text.append(' ').append(write).append("; frames lost are counted, alarms and notes kept in memory until it can write;");
        }
        if (overflow != 0) {
            text.append(" the writer fell behind since ").append(SINCE.format(Instant.ofEpochMilli(overflow)))
                    .append(" UTC; frames not recorded are counted;");
        }
        return text.substring(0, text.length() - 1);
    }
}
