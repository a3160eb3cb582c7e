package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.recorder.SessionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal writer thread: drains the {@link JournalRecorder}'s queue, packs frames into blocks and
 * appends every record to the open session's {@link JournalSession}, forcing it to disk at most
 * {@link JournalRecorder#FLUSH_INTERVAL_MS} after a frame arrived. The only writer of journals. A failed
 * write never ends the loop: frames are counted as lost, alarms and notes held in memory, and a session that
 * ends with records still held keeps being retried (at most {@link #MAX_UNFINISHED} such sessions).
 */
final class JournalWriter implements Runnable {

    /** Most frames in one block. */
    static final int MAX_BLOCK_FRAMES = 256;
    /** Ended sessions whose last records wait for the disk; an older one beyond this is given up (logged). */
    static final int MAX_UNFINISHED = 8;
    private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);
    private static final long FLUSH_NANOS = JournalRecorder.FLUSH_INTERVAL_MS * 1_000_000;

    private final SessionStore store;
    private final JournalChannel.Opener opener;
    private final BlockingQueue<Object> queue;
    private final RecorderStatus status;
    private final List<FrameEntry> pending = new ArrayList<>();
    private final List<JournalSession> unfinished = new ArrayList<>();
    private JournalSession session;
    private long pendingSinceNanos;
    private double lastTMs = Double.NaN;
    private long droppedSeen;
    private long eventsDroppedSeen;

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
                    for (JournalSession ended : unfinished) {
                        if (ended.flush()) {
                            finish(ended);
                        } else {
                            ended.abandon();
                            ended.close();
                        }
                    }
                    return;
                }
                if (event != null) {
                    handle(event);
                }
                if (!pending.isEmpty() && (pending.size() >= MAX_BLOCK_FRAMES
                        || System.nanoTime() - pendingSinceNanos >= FLUSH_NANOS)) {
                    writeBlock();
                }
                if (session != null) {
                    session.retry();
                }
                finishUnfinished();
                if (queue.isEmpty() && pending.isEmpty() && (session == null || session.done()) && unfinished.isEmpty()) {
                    status.writing();
                    if (session == null) {
                        status.caughtUp(status.framesDroppedTotal(), status.eventsDroppedTotal());
                    }
                }
            } catch (InterruptedException e) {
                closeSession(lastTMs);
                return;
            } catch (RuntimeException e) {
                LOG.error("journal writer: unexpected failure, going on", e);
                status.writeFailed(e.toString());
            }
        }
    }

    private void handle(Object event) {
        if (event instanceof PendingFrame frame) {
            addFrame(frame);
        } else if (event instanceof AlarmEvent alarm) {
            writeRecord(RecordType.ALARM, JournalJson.write(alarm), null);
        } else if (event instanceof BandSet bands) {
            writeRecord(RecordType.BANDS, JournalJson.write(bands), null);
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
        if (session == null) {
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
        status.sessionStarted();
        droppedSeen = status.framesDroppedTotal();
        eventsDroppedSeen = status.eventsDroppedTotal();
        lastTMs = Double.NaN;
        session = new JournalSession(begin.id(), begin.info(), store.dir(), opener, status);
        session.flush();
    }

    /** Writes the pending frames, after a count of any the queue refused since the last block. */
    private void writeBlock() {
        if (pending.isEmpty()) {
            return;
        }
        List<FrameEntry> frames = new ArrayList<>(pending);
        pending.clear();
        long dropped = status.framesDroppedTotal();
        long eventsDropped = status.eventsDroppedTotal();
        session.dropped(dropped - droppedSeen, eventsDropped - eventsDroppedSeen, frames.get(0).tMs());
        droppedSeen = dropped;
        eventsDroppedSeen = eventsDropped;
        if (session.frames(frames)) {
            status.framesWritten += frames.size();
            status.caughtUp(dropped, eventsDropped);
        }
    }

    /** Writes one record after the frames before it, or holds it in memory while the disk refuses it. */
    private void writeRecord(RecordType type, byte[] payload, CompletableFuture<Void> done) {
        if (session == null) {
            if (done != null) {
                done.completeExceptionally(new IllegalStateException("no session is being recorded"));
            }
            return;
        }
        writeBlock();
        session.record(type, payload, done);
    }

    private void writeNote(NoteTo note) {
        byte[] payload = JournalJson.write(note.note());
        if (session != null && note.sessionId().equals(session.id())) {
            writeRecord(RecordType.NOTE, payload, note.done());
            return;
        }
        try {
            store.load(note.sessionId());
            Path file = JournalFiles.journal(store.dir(), note.sessionId());
            byte[] bytes = Files.readAllBytes(file);
            JournalContent content = JournalContent.of(bytes, bytes.length);
            RecordFraming.Scan scan = content.scan();
            try (JournalAppender other = JournalAppender.resume(opener.open(file), content.format(), scan.validEnd())) {
                if (scan.trailingBytes() > 0) {
                    byte[] cut = JournalJson.write(new JournalJson.CutRecord(scan.validEnd(), scan.trailingBytes(),
                            "cut before a note: a torn or damaged tail"));
                    other.append(RecordType.CUT, cut, cut.length);
                }
                other.append(RecordType.NOTE, payload, payload.length);
                other.force();
            }
            JournalChanges.changed(store.dir(), note.sessionId());
            note.done().complete(null);
        } catch (IOException | RuntimeException e) {
            JournalChanges.changed(store.dir(), note.sessionId()); // part of the note may have reached the journal
            note.done().completeExceptionally(e);
        }
    }

    private void closeSession(double endMs) {
        if (session == null) {
            return;
        }
        writeBlock();
        writeRecord(RecordType.END, JournalJson.write(
                new JournalJson.EndRecord(Double.isNaN(endMs) ? 0 : endMs, status.framesLost())), null);
        JournalSession ended = session;
        session = null;
        if (ended.done()) {
            finish(ended);
        } else {
            unfinished.add(ended);
            if (unfinished.size() > MAX_UNFINISHED) {
                JournalSession oldest = unfinished.remove(0);
                oldest.abandon();
                oldest.close();
            }
        }
    }

    /** Retries the ended sessions whose last records wait for the disk. */
    private void finishUnfinished() {
        for (Iterator<JournalSession> it = unfinished.iterator(); it.hasNext(); ) {
            JournalSession ended = it.next();
            if (ended.retry()) {
                it.remove();
                finish(ended);
            }
        }
    }

    private void finish(JournalSession ended) {
        ended.close();
        if (store.exists(ended.id())) {
            try {
                store.digest(ended.id());
            } catch (IOException | RuntimeException e) {
                LOG.warn("session {}: summary or digest not written: {}", ended.id(), e.toString());
            }
        }
    }
}
