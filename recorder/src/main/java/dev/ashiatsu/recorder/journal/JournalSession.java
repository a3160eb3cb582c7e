package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.recorder.SessionInfo;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One session's journal as the writer thread writes it, through a full or failing disk:
 * <ul>
 *   <li>the file is created (magic and INFO record) when it first can be; a creation that fails leaves no file;</li>
 *   <li>alarms, notes and the END the disk refused are held in memory ({@link #MAX_HELD} records) and written,
 *       in order, as soon as it can write again;</li>
 *   <li>frames it refused are counted, with the moments they lie between, and that count is written as a LOST
 *       record before anything else once it can write again.</li>
 * </ul>
 * Each write tries the disk again; creating the file and {@link #retry()} try at most once every
 * {@link #RETRY_NANOS} after a failure. Writer thread only.
 */
final class JournalSession implements Closeable {

    /** Alarms, notes and the END held in memory while the disk refuses them; more are counted as lost. */
    static final int MAX_HELD = 2048;
    /** Least time between two attempts after a failed write, ns. */
    static final long RETRY_NANOS = 1_000_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(JournalSession.class);

    private final String id;
    private final SessionInfo info;
    private final Path dir;
    private final JournalChannel.Opener opener;
    private final RecorderStatus status;
    private final Deque<Held> held = new ArrayDeque<>();
    /** Notes appended but not yet forced to disk (a later write failed before the force). */
    private final List<CompletableFuture<Void>> unforced = new ArrayList<>();
    private final ByteWriter block = new ByteWriter(64 * 1024);
    private JournalAppender appender;
    private boolean failedBefore;
    private long failedAtNanos;
    private String lastError;
    private Lost lost;
    private Double lastWrittenMs;

    private record Held(RecordType type, byte[] payload, CompletableFuture<Void> done) {
    }

    /** Frames and events not written yet, and the moments the frames lie between. */
    private record Lost(long frames, long events, Double fromMs, Double toMs, String reason) {
        Lost plus(long moreFrames, long moreEvents, Double from, Double to, String why) {
            return new Lost(frames + moreFrames, events + moreEvents, fromMs != null ? fromMs : from,
                    to != null ? to : toMs, reason != null ? reason : why);
        }
    }

    JournalSession(String id, SessionInfo info, Path dir, JournalChannel.Opener opener, RecorderStatus status) {
        this.id = id;
        this.info = info;
        this.dir = dir;
        this.opener = opener;
        this.status = status;
    }

    String id() {
        return id;
    }

    /** True when the journal exists and nothing is held back: every record given is written, every loss recorded. */
    boolean done() {
        return appender != null && held.isEmpty() && lost == null && unforced.isEmpty();
    }

    /** Writes a block of frames (after what is held back); counts them as lost when the disk refuses. */
    boolean frames(List<FrameEntry> frames) {
        FrameEntry first = frames.get(0);
        double lastMs = frames.get(frames.size() - 1).tMs();
        if (!flush()) {
            lose(frames.size(), 0, first.tMs(), lastMs, lastError);
            return false;
        }
        try {
            block.reset();
            FrameBlockCodec.encode(frames, block);
            appender.append(RecordType.FRAMES, block.array(), block.size());
            appender.force();
            written();
            lastWrittenMs = lastMs;
            return true;
        } catch (IOException | RuntimeException e) {
            failed(e);
            lose(frames.size(), 0, first.tMs(), lastMs, lastError);
            return false;
        }
    }

    /** Frames the queue refused before {@code nextMs} (the writer fell behind): recorded with the next write. */
    void dropped(long frames, long events, double nextMs) {
        if (frames > 0 || events > 0) {
            lost = (lost == null ? new Lost(0, 0, null, null, null) : lost)
                    .plus(frames, events, lastWrittenMs, nextMs, "the writer fell behind (queue full)");
        }
    }

    /** Writes a record after what is held back, or holds it until the disk takes it; {@code done} completes when it is durable. */
    void record(RecordType type, byte[] payload, CompletableFuture<Void> done) {
        if (held.size() >= MAX_HELD) {
            lose(0, 1, null, null, "more than " + MAX_HELD + " alarms and notes waiting for the disk");
            status.eventDropped();
            if (done != null) {
                done.completeExceptionally(new IOException("journal not writable (" + lastError + ") and "
                        + MAX_HELD + " records already wait for it"));
            }
            return;
        }
        held.add(new Held(type, payload, done));
        flush();
    }

    /**
     * Writes what is held back: first the count of what was lost, then the held records in order.
     *
     * @return true when nothing is held back any more
     */
    boolean flush() {
        if (!open()) {
            return false;
        }
        if (held.isEmpty() && lost == null && unforced.isEmpty()) {
            return true;
        }
        try {
            if (lost != null) {
                byte[] payload = JournalJson.write(new JournalJson.LostRecord(lost.frames(), lost.events(),
                        lost.fromMs(), lost.toMs(), lost.reason()));
                appender.append(RecordType.LOST, payload, payload.length);
                lost = null;
            }
            while (!held.isEmpty()) {
                Held next = held.peek();
                appender.append(next.type(), next.payload(), next.payload().length);
                held.remove();
                if (next.done() != null) {
                    unforced.add(next.done());
                }
            }
            appender.force();
            written();
            return true;
        } catch (IOException | RuntimeException e) {
            failed(e);
            return false;
        }
    }

    /** Flushes what is held back, unless the last failure was less than {@link #RETRY_NANOS} ago; true when done. */
    boolean retry() {
        if (!done() && !recentlyFailed()) {
            flush();
        }
        return done();
    }

    private boolean recentlyFailed() {
        return failedBefore && System.nanoTime() - failedAtNanos < RETRY_NANOS;
    }

    /** True when the journal is open; creates it (at most once a second after a failure). */
    private boolean open() {
        if (appender != null) {
            return true;
        }
        if (recentlyFailed()) {
            return false;
        }
        Path file = JournalFiles.journal(dir, id);
        JournalAppender created = null;
        try {
            Files.createDirectories(dir);
            boolean existed = Files.exists(file);
            try {
                created = JournalAppender.create(opener.open(file));
                byte[] payload = JournalJson.write(new JournalJson.InfoRecord(1, id, info));
                created.append(RecordType.INFO, payload, payload.length);
                created.force();
            } catch (IOException | RuntimeException e) {
                if (created != null) {
                    created.close();
                }
                if (!existed) {
                    Files.deleteIfExists(file);
                }
                throw e;
            }
            appender = created;
            JournalChanges.changed(dir, id);
            if (failedBefore) {
                LOG.info("session {}: journal created after all", id);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            if (!failedBefore) {
                LOG.error("session {}: journal not created, no file left behind; its alarms and notes are kept in memory "
                        + "and it is created when the disk takes it: {}", id, e.toString());
                lastError = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            }
            failed(e);
            return false;
        }
    }

    /** The records appended are on disk: the session lists are told, then whoever waits for them. */
    private void written() {
        JournalChanges.changed(dir, id);
        forced();
    }

    private void forced() {
        unforced.forEach(done -> done.complete(null));
        unforced.clear();
    }

    private void lose(long frames, long events, Double fromMs, Double toMs, String reason) {
        lost = (lost == null ? new Lost(0, 0, null, null, null) : lost).plus(frames, events, fromMs, toMs, reason);
        status.framesNotWritten += frames;
    }

    private void failed(Exception e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (!message.equals(lastError)) {
            LOG.error("session {}: journal write failed: {}", id, message);
        }
        lastError = message;
        failedBefore = true;
        JournalChanges.changed(dir, id); // part of a write may have reached the journal
        failedAtNanos = System.nanoTime();
        status.writeFailed(message);
    }

    /** Fails what still waits (the recorder is stopping with the disk still refusing). */
    void abandon() {
        if (!done()) {
            LOG.error("session {}: {} alarms, notes or its end and {} lost frames could not be written before stopping ({})",
                    id, held.size(), lost == null ? 0 : lost.frames(), lastError);
        }
        for (Held h : held) {
            if (h.done() != null) {
                h.done().completeExceptionally(new IOException("journal not writable: " + lastError));
            }
        }
        held.clear();
        unforced.forEach(done -> done.completeExceptionally(new IOException("journal not forced to disk: " + lastError)));
        unforced.clear();
    }

    @Override
    public void close() {
        if (appender != null) {
            try {
                appender.close();
            } catch (IOException e) {
                LOG.warn("session {}: journal close failed: {}", id, e.toString());
            }
            appender = null;
        }
    }
}
