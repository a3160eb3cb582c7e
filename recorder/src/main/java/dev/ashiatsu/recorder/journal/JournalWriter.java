package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.recorder.SessionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal writer thread: drains the {@link JournalRecorder}'s queue, packs frames into blocks and
 * appends every record to the open session's journal, forcing it to disk at most
 * {@link JournalRecorder#FLUSH_INTERVAL_MS} after a frame arrived. The only writer of journals. A failed
 * write is counted in {@link RecorderStatus} and retried with the next block; it never ends the loop.
 */
final class JournalWriter implements Runnable {

    /** Most frames in one block. */
    static final int MAX_BLOCK_FRAMES = 256;
    private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);
    private static final long FLUSH_NANOS = JournalRecorder.FLUSH_INTERVAL_MS * 1_000_000;

    private final SessionStore store;
    private final JournalChannel.Opener opener;
    private final BlockingQueue<Object> queue;
    private final RecorderStatus status;
    private final List<FrameEntry> pending = new ArrayList<>();
    private final ByteWriter block = new ByteWriter(64 * 1024);
    private String sessionId;
    private SessionInfo info;
    private JournalAppender appender;
    private long pendingSinceNanos;
    private double lastTMs = Double.NaN;
    private long lastOpenAttemptNanos;

    JournalWriter(SessionStore store, JournalChannel.Opener opener, BlockingQueue<Object> queue, RecorderStatus status) {
        this.store = store;
        this.opener = opener;
        this.queue = queue;
        this.status = status;
    }

    /** A frame as offered: its own copy of the values. */
    record PendingFrame(double tMs, double[] values, boolean inKg, Estimate estimate) {
    }

    record Begin(String id, SessionInfo info) {
    }

    /** @param tMs NaN for the last frame's time */
    record End(double tMs) {
    }

    record NoteTo(String sessionId, Note note, CompletableFuture<Void> done) {
    }

    /** Ends the loop after the current session is closed. */
    enum Stop {
        INSTANCE
    }

    @Override
    public void run() {
        while (true) {
            try {
                long waitMs = pending.isEmpty() ? JournalRecorder.FLUSH_INTERVAL_MS
                        : Math.max(1, (FLUSH_NANOS - (System.nanoTime() - pendingSinceNanos)) / 1_000_000);
                Object event = queue.poll(waitMs, TimeUnit.MILLISECONDS);
                if (event == Stop.INSTANCE) {
                    closeSession(lastTMs);
                    return;
                }
                if (event != null) {
                    handle(event);
                }
                if (!pending.isEmpty() && (pending.size() >= MAX_BLOCK_FRAMES
                        || System.nanoTime() - pendingSinceNanos >= FLUSH_NANOS)) {
                    writeBlock();
                }
            } catch (InterruptedException e) {
                closeSession(lastTMs);
                return;
            } catch (RuntimeException e) {
                LOG.error("journal writer: unexpected failure, going on", e);
                status.writeError = e.toString();
            }
        }
    }

    private void handle(Object event) {
        if (event instanceof PendingFrame frame) {
            addFrame(frame);
        } else if (event instanceof AlarmEvent alarm) {
            writeRecord(RecordType.ALARM, JournalJson.write(alarm));
        } else if (event instanceof NoteTo note) {
            writeNote(note);
        } else if (event instanceof Begin begin) {
            closeSession(lastTMs);
            openSession(begin);
        } else if (event instanceof End end) {
            closeSession(Double.isNaN(end.tMs()) ? lastTMs : end.tMs());
        }
    }

    private void addFrame(PendingFrame frame) {
        if (info == null) {
            return;
        }
        if (!pending.isEmpty()) {
            FrameEntry first = pending.get(0);
            if (first.values().length != frame.values().length || first.inKg() != frame.inKg()) {
                writeBlock();
            }
        }
        if (pending.isEmpty()) {
            pendingSinceNanos = System.nanoTime();
        }
        pending.add(new FrameEntry(frame.tMs(), frame.values(), frame.inKg(),
                frame.estimate() == null ? null : RecordedEstimate.of(frame.estimate())));
        lastTMs = frame.tMs();
    }

    private void openSession(Begin begin) {
        sessionId = begin.id();
        info = begin.info();
        lastTMs = Double.NaN;
        status.sessionStarted();
        tryOpen();
    }

    private boolean tryOpen() {
        lastOpenAttemptNanos = System.nanoTime();
        try {
            Files.createDirectories(store.dir());
            JournalAppender created = JournalAppender.create(opener.open(JournalFiles.journal(store.dir(), sessionId)));
            try {
                byte[] payload = JournalJson.write(new JournalJson.InfoRecord(1, sessionId, info));
                created.append(RecordType.INFO, payload, payload.length);
                created.force();
            } catch (IOException | RuntimeException e) {
                created.close();
                throw e;
            }
            appender = created;
            status.writeError = null;
            return true;
        } catch (IOException | RuntimeException e) {
            failed("cannot start " + sessionId, e);
            return false;
        }
    }

    /** True when the session's journal is open; retries opening it (at most once a second) after a failure. */
    private boolean ready() {
        if (appender != null) {
            return true;
        }
        if (info == null || System.nanoTime() - lastOpenAttemptNanos < 1_000_000_000L) {
            return false;
        }
        return tryOpen();
    }

    private void writeBlock() {
        if (pending.isEmpty()) {
            return;
        }
        List<FrameEntry> frames = new ArrayList<>(pending);
        pending.clear();
        if (!ready()) {
            status.framesNotWritten += frames.size();
            return;
        }
        try {
            block.reset();
            FrameBlockCodec.encode(frames, block);
            appender.append(RecordType.FRAMES, block.array(), block.size());
            appender.force();
            status.writeError = null;
            status.framesWritten += frames.size();
        } catch (IOException | RuntimeException e) {
            failed("write", e);
            status.framesNotWritten += frames.size();
        }
    }

    /** Writes one record after the frames before it; false (counted) when it could not be written. */
    private boolean writeRecord(RecordType type, byte[] payload) {
        writeBlock();
        if (!ready()) {
            status.eventDropped();
            return false;
        }
        try {
            appender.append(type, payload, payload.length);
            appender.force();
            status.writeError = null;
            return true;
        } catch (IOException | RuntimeException e) {
            status.eventDropped();
            failed("write", e);
            return false;
        }
    }

    private void writeNote(NoteTo note) {
        byte[] payload = JournalJson.write(note.note());
        if (info != null && note.sessionId().equals(sessionId)) {
            if (writeRecord(RecordType.NOTE, payload)) {
                note.done().complete(null);
            } else {
                note.done().completeExceptionally(new IOException("journal not writable: " + status.writeError));
            }
            return;
        }
        try (JournalAppender other = JournalAppender.resume(
                opener.open(JournalFiles.journal(store.dir(), note.sessionId())),
                JournalFiles.scan(JournalFiles.journal(store.dir(), note.sessionId()), 0).validEnd())) {
            other.append(RecordType.NOTE, payload, payload.length);
            other.force();
            note.done().complete(null);
        } catch (IOException | RuntimeException e) {
            note.done().completeExceptionally(e);
        }
    }

    private void closeSession(double endMs) {
        if (info == null) {
            return;
        }
        writeBlock();
        writeRecord(RecordType.END, JournalJson.write(
                new JournalJson.EndRecord(Double.isNaN(endMs) ? 0 : endMs, status.framesLost())));
        if (appender != null) {
            try {
                appender.close();
            } catch (IOException e) {
                failed("close", e);
            }
            appender = null;
        }
        info = null;
        if (store.exists(sessionId)) {
            try {
                store.summary(sessionId);
            } catch (IOException | RuntimeException e) {
                LOG.warn("session {}: summary not written: {}", sessionId, e.toString());
            }
        }
    }

    private void failed(String what, Exception e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (!message.equals(status.writeError)) {
            LOG.error("journal {} failed: {}", what, message);
        }
        status.writeError = message;
    }
}
