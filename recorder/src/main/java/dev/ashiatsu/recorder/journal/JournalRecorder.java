package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.SessionRecorder;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records sessions into journals. The calling (acquisition) thread only copies the frame and offers it
 * to a bounded queue: it never blocks and never sees an exception. One writer thread drains the queue,
 * packs frames into blocks and appends them, and makes them durable (fsync) at most
 * {@link #FLUSH_INTERVAL_MS} after they arrived, so a power cut loses at most the last second.
 *
 * <p>When the queue is full a frame is dropped and counted; alarms, notes and session changes have a
 * reserve of queue room of their own. A write that fails (disk full, disk gone) is reported by
 * {@link #fault()} and counted; recording resumes by itself when writes succeed again.
 */
public final class JournalRecorder implements SessionRecorder {

    /** Longest a frame waits before it is written and forced to disk, ms. */
    public static final long FLUSH_INTERVAL_MS = 500;
    /** Most frames in one block. */
    static final int MAX_BLOCK_FRAMES = 256;
    /** Queue room kept for alarms, notes and session changes. */
    static final int CONTROL_RESERVE = 256;
    private static final Logger LOG = LoggerFactory.getLogger(JournalRecorder.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final SessionStore store;
    private final JournalChannel.Opener opener;
    private final BlockingQueue<Object> queue;
    private final Thread writer;
    private final AtomicLong framesDropped = new AtomicLong();
    private final AtomicLong controlDropped = new AtomicLong();
    private volatile boolean recording;
    private volatile String currentId;
    private volatile String writeError;
    private volatile long framesNotWritten;
    private volatile long framesWritten;
    private volatile boolean closed;

    // writer-thread state
    private JournalAppender appender;
    private SessionInfo currentInfo;
    private final List<FrameEntry> pending = new ArrayList<>();
    private long pendingSinceNanos;
    private double lastTMs = Double.NaN;
    private long lastOpenAttemptNanos;
    private final ByteWriter block = new ByteWriter(64 * 1024);

    /**
     * @param queueCapacity frames (and events) that may wait for the writer: at 80 Hz, 8192 is 100 s
     */
    public JournalRecorder(SessionStore store, JournalChannel.Opener opener, int queueCapacity) {
        if (queueCapacity <= CONTROL_RESERVE) {
            throw new IllegalArgumentException("queueCapacity must exceed " + CONTROL_RESERVE + ", was " + queueCapacity);
        }
        this.store = store;
        this.opener = opener;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.writer = new Thread(this::writeLoop, "journal-writer");
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
            writeError = "begin without session info: session " + id + " not recorded";
            return id;
        }
        framesDropped.set(0);
        controlDropped.set(0);
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
                framesDropped.incrementAndGet();
            }
        } catch (RuntimeException e) {
            framesDropped.incrementAndGet();
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
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            Note note = new Note(tMs, text, System.currentTimeMillis());
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
    public void end(double tMs) {
        if (recording) {
            recording = false;
            offerControl(new End(tMs));
        }
    }

    @Override
    public String fault() {
        String error = writeError;
        long lost = framesDropped.get() + framesNotWritten;
        long events = controlDropped.get();
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

    /** Frames of this session written and forced to disk so far. */
    public long framesWritten() {
        return framesWritten;
    }

    /** Frames dropped because the writer fell behind (queue full), this session. */
    public long framesDropped() {
        return framesDropped.get();
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
            controlDropped.incrementAndGet();
        }
        return accepted;
    }

    // ---- writer thread ----

    private void writeLoop() {
        while (true) {
            try {
                long waitMs = pending.isEmpty() ? FLUSH_INTERVAL_MS
                        : Math.max(1, FLUSH_INTERVAL_MS - (System.nanoTime() - pendingSinceNanos) / 1_000_000);
                Object event = queue.poll(waitMs, TimeUnit.MILLISECONDS);
                if (event == Stop.INSTANCE) {
                    closeSession(lastTMs);
                    return;
                }
                if (event != null) {
                    handle(event);
                }
                if (!pending.isEmpty() && (pending.size() >= MAX_BLOCK_FRAMES
                        || System.nanoTime() - pendingSinceNanos >= FLUSH_INTERVAL_MS * 1_000_000)) {
                    writeBlock();
                }
            } catch (InterruptedException e) {
                closeSession(lastTMs);
                return;
            } catch (RuntimeException e) {
                LOG.error("journal writer: unexpected failure, going on", e);
                writeError = e.toString();
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
        if (currentInfo == null) {
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
        pending.add(new FrameEntry(frame.tMs(), frame.values(),
                frame.inKg(), frame.estimate() == null ? null : RecordedEstimate.of(frame.estimate())));
        lastTMs = frame.tMs();
    }

    private void openSession(Begin begin) {
        currentInfo = begin.info();
        lastTMs = Double.NaN;
        framesNotWritten = 0;
        framesWritten = 0;
        writeError = null;
        tryOpen(begin.id());
    }

    private boolean tryOpen(String id) {
        lastOpenAttemptNanos = System.nanoTime();
        try {
            Files.createDirectories(store.dir());
            JournalAppender created = JournalAppender.create(opener.open(JournalFiles.journal(store.dir(), id)));
            try {
                byte[] info = JournalJson.write(new JournalJson.InfoRecord(1, id, currentInfo));
                created.append(RecordType.INFO, info, info.length);
                created.force();
            } catch (IOException | RuntimeException e) {
                created.close();
                throw e;
            }
            appender = created;
            writeError = null;
            return true;
        } catch (IOException | RuntimeException e) {
            failed("cannot start " + id, e);
            return false;
        }
    }

    private void writeBlock() {
        if (pending.isEmpty()) {
            return;
        }
        List<FrameEntry> frames = new ArrayList<>(pending);
        pending.clear();
        if (!ready()) {
            framesNotWritten += frames.size();
            return;
        }
        try {
            block.reset();
            FrameBlockCodec.encode(frames, block);
            appender.append(RecordType.FRAMES, block.array(), block.size());
            appender.force();
            writeError = null;
            framesWritten += frames.size();
        } catch (IOException | RuntimeException e) {
            failed("write", e);
            framesNotWritten += frames.size();
        }
    }

    private void writeRecord(RecordType type, byte[] payload) {
        writeBlock();
        if (!ready()) {
            controlDropped.incrementAndGet();
            return;
        }
        try {
            appender.append(type, payload, payload.length);
            appender.force();
            writeError = null;
        } catch (IOException | RuntimeException e) {
            controlDropped.incrementAndGet();
            failed("write", e);
        }
    }

    /** True when a journal is open; retries opening it (at most once a second) after a failure. */
    private boolean ready() {
        if (appender != null) {
            return true;
        }
        String id = currentId;
        if (currentInfo == null || id == null || System.nanoTime() - lastOpenAttemptNanos < 1_000_000_000L) {
            return false;
        }
        return tryOpen(id);
    }

    private void writeNote(NoteTo note) {
        byte[] payload = JournalJson.write(note.note());
        if (currentInfo != null && note.sessionId().equals(currentId)) {
            writeRecord(RecordType.NOTE, payload);
            if (appender != null) {
                note.done().complete(null);
            } else {
                note.done().completeExceptionally(new IOException("journal not writable: " + writeError));
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
        if (currentInfo == null) {
            return;
        }
        String id = currentId;
        writeBlock();
        long lost = framesDropped.get() + framesNotWritten;
        writeRecord(RecordType.END, JournalJson.write(new JournalJson.EndRecord(Double.isNaN(endMs) ? 0 : endMs, lost)));
        if (appender != null) {
            try {
                appender.close();
            } catch (IOException e) {
                failed("close", e);
            }
            appender = null;
        }
        currentInfo = null;
        if (id != null && store.exists(id)) {
            try {
                store.summary(id);
            } catch (IOException | RuntimeException e) {
                LOG.warn("session {}: summary not written: {}", id, e.toString());
            }
        }
    }

    private void failed(String what, Exception e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (!message.equals(writeError)) {
            LOG.error("journal {} failed: {}", what, message);
        }
        writeError = message;
    }

    private record PendingFrame(double tMs, double[] values, boolean inKg, Estimate estimate) {
    }

    private record Begin(String id, SessionInfo info) {
    }

    private record End(double tMs) {
    }

    private record NoteTo(String sessionId, Note note, CompletableFuture<Void> done) {
    }

    private enum Stop {
        INSTANCE
    }
}
