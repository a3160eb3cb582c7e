package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.SessionRecorder;
import dev.ashiatsu.recorder.journal.JournalWriter.Begin;
import dev.ashiatsu.recorder.journal.JournalWriter.End;
import dev.ashiatsu.recorder.journal.JournalWriter.NoteTo;
import dev.ashiatsu.recorder.journal.JournalWriter.PendingFrame;
import dev.ashiatsu.recorder.journal.JournalWriter.Stop;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Records sessions into journals. The calling (acquisition) thread only copies the frame and offers it
 * to a bounded queue: it never blocks and never sees an exception. One {@link JournalWriter} thread
 * drains the queue and makes frames durable (fsync) at most {@link #FLUSH_INTERVAL_MS} after they
 * arrived, so a power cut loses at most the last second.
 *
 * <p>When the queue is full a frame is dropped and counted; alarms, notes and session changes have a
 * reserve of queue room of their own. While writes fail (disk full, disk gone) frames are counted as lost and
 * alarms, notes and the end are held in memory (bounded), all written as soon as the disk takes them again
 * ({@link JournalSession}). {@link #fault()} names the fault episode with one text from its start to its end,
 * and is null again once everything held back is written.
 */
public final class JournalRecorder implements SessionRecorder {

    /** Longest a frame waits before it is written and forced to disk, ms. */
    public static final long FLUSH_INTERVAL_MS = 500;
    /** Queue room kept for alarms, notes and session changes. */
    static final int CONTROL_RESERVE = 256;
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final SessionStore store;
    private final BlockingQueue<Object> queue;
    private final RecorderStatus status = new RecorderStatus();
    private final Thread writer;
    private volatile boolean recording;
    private volatile String currentId;
    private volatile boolean closed;

    /**
     * @param queueCapacity frames (and events) that may wait for the writer: at 80 Hz, 8192 is 100 s
     */
    public JournalRecorder(SessionStore store, JournalChannel.Opener opener, int queueCapacity) {
        if (queueCapacity <= CONTROL_RESERVE) {
            throw new IllegalArgumentException("queueCapacity must exceed " + CONTROL_RESERVE + ", was " + queueCapacity);
        }
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.writer = new Thread(new JournalWriter(store, opener, queue, status), "journal-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    public JournalRecorder(SessionStore store) {
        this(store, FileJournalChannel::open, 8192);
    }

    public SessionStore store() {
        return store;
    }

    /** The session being recorded, or null. */
    public String currentSessionId() {
        return currentId;
    }

    @Override
    public String begin(SessionInfo info) {
        long startedAt = info == null ? System.currentTimeMillis() : info.startedAtEpochMs();
        String id = ID_TIME.format(Instant.ofEpochMilli(startedAt)) + "-"
                + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(0x10000));
        if (info == null) {
            status.usageError("begin without session info: session " + id + " not recorded");
            return id;
        }
        currentId = id;
        recording = true;
        offerControl(new Begin(id, info));
        return id;
    }

    @Override
    public void frame(Frame frame, Estimate estimate) {
        if (!recording || frame == null) {
            return;
        }
        try {
            if (queue.remainingCapacity() <= CONTROL_RESERVE
                    || !queue.offer(new PendingFrame(frame.tMs(), frame.values().clone(), frame.inKg(), estimate))) {
                status.frameDropped();
            }
        } catch (RuntimeException e) {
            status.frameDropped();
        }
    }

    @Override
    public void alarm(AlarmEvent alarm) {
        if (recording && alarm != null) {
            offerControl(alarm);
        }
    }

    @Override
    public void note(double tMs, String text) {
        String id = currentId;
        if (recording && id != null) {
            note(id, tMs, text);
        }
    }

    /**
     * Appends a note to any session, the current one or one recorded before (trainer notes in review).
     *
     * @return completes when the note is durable; fails with the reason if it could not be written
     */
    public CompletableFuture<Void> note(String sessionId, double tMs, String text) {
        return note(sessionId, tMs, text, null);
    }

    /** As {@link #note(String, double, String)}, of a kind ({@link Note#kind}; null for a plain note). */
    public CompletableFuture<Void> note(String sessionId, double tMs, String text, String kind) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            Note note = new Note(tMs, text, System.currentTimeMillis(), kind);
            if (!store.exists(sessionId) && !sessionId.equals(currentId)) {
                done.completeExceptionally(new IllegalArgumentException("no session " + sessionId));
            } else if (!offerControl(new NoteTo(sessionId, note, done))) {
                done.completeExceptionally(new IOException("the recorder is overloaded"));
            }
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    @Override
    public void bands(BandSet bands) {
        if (recording && bands != null) {
            offerControl(bands);
        }
    }

    @Override
    public void end(double tMs) {
        if (recording) {
            recording = false;
            offerControl(new End(tMs));
        }
    }

    @Override
    public String fault() {
        return status.fault();
    }

    /** Frames of this session written and forced to disk so far. */
    public long framesWritten() {
        return status.framesWritten;
    }

    /** Frames, alarms and notes waiting for the writer thread. */
    int queued() {
        return queue.size();
    }

    /** Frames of this session not recorded so far (queue full, disk refused); also counted in the journal. */
    public long framesLost() {
        return status.framesLost();
    }

    /** Frames dropped because the writer fell behind (queue full), this session. */
    public long framesDropped() {
        return status.framesDropped();
    }

    /** Ends the current session, writes what is queued and stops the writer (waits up to 10 s). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        end(Double.NaN);
        try {
            queue.offer(Stop.INSTANCE, 5, TimeUnit.SECONDS);
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean offerControl(Object event) {
        boolean accepted = queue.offer(event);
        if (!accepted) {
            status.eventDropped();
        }
        return accepted;
    }
}
