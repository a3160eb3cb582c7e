package dev.ashiatsu.recorder.influx;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.recorder.journal.FrameBlockCodec;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.JournalJson;
import dev.ashiatsu.recorder.journal.JournalRecord;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.RecordFraming;
import dev.ashiatsu.recorder.journal.RecordType;
import dev.ashiatsu.recorder.journal.SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads journals to InfluxDB in the background; the journal is the outbox. Each pass walks every
 * session whose journal is longer than its {@link UploadCursor}, turns the new records into points and
 * writes them in batches; the cursor moves only after the server accepted a batch. While the server is
 * down or slow the journal keeps everything and the uploader retries with a growing pause; when it
 * returns the backlog is sent in order. A session the server refuses as a client error (or whose journal
 * cannot be decoded) is skipped until restart and named in {@link UploadStatus#failedSessions()}; the
 * other sessions go on uploading. Never touches the acquisition thread.
 */
public final class InfluxUploader implements AutoCloseable {

    /** Points per write request. */
    static final int BATCH_POINTS = 5000;
    private static final Logger LOG = LoggerFactory.getLogger(InfluxUploader.class);

    private final SessionStore store;
    private final PointWriter writer;
    private final String url;
    private final long pollMs;
    private final long maxBackoffMs;
    private final Map<String, SessionContext> contexts = new HashMap<>();
    /** Sessions refused for good, in the order they failed, with the reason; written by the upload thread. */
    private final Map<String, String> failedSessions = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Object wakeUp = new Object();
    private final Thread thread;
    private volatile boolean closed;
    private volatile String lastError;
    private volatile long pointsWritten;
    private volatile long backlogBytes;
    private volatile Long lastUploadEpochMs;

    /**
     * @param pollMs       pause between passes when everything is uploaded
     * @param maxBackoffMs longest pause between retries while the server fails
     */
    public InfluxUploader(SessionStore store, PointWriter writer, String url, long pollMs, long maxBackoffMs) {
        this.store = store;
        this.writer = writer;
        this.url = url;
        this.pollMs = pollMs;
        this.maxBackoffMs = maxBackoffMs;
        this.thread = new Thread(this::run, "influx-uploader");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    public UploadStatus status() {
        Map<String, String> failed;
        synchronized (failedSessions) {
            failed = Map.copyOf(failedSessions);
        }
        return new UploadStatus(url, lastError, pointsWritten, backlogBytes, lastUploadEpochMs, failed);
    }

    /** Starts a pass now instead of at the next poll. */
    public void wake() {
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    @Override
    public void close() {
        closed = true;
        wake();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.close();
    }

    private void run() {
        long backoffMs = Math.min(1000, maxBackoffMs);
        while (!closed) {
            boolean ok = pass();
            long pause = ok ? pollMs : backoffMs;
            backoffMs = ok ? Math.min(1000, maxBackoffMs) : Math.min(backoffMs * 2, maxBackoffMs);
            synchronized (wakeUp) {
                if (!closed) {
                    try {
                        wakeUp.wait(pause);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    /**
     * One pass over every session; false if a write failed in a way that may pass (the whole pass then
     * backs off). A session that fails permanently ({@link UploadFailures#isPermanent}) is set aside until
     * restart and the pass goes on with the next one.
     */
    boolean pass() {
        long backlog = 0;
        try {
            for (String id : store.ids()) {
                if (closed) {
                    return true;
                }
                if (failedSessions.containsKey(id)) {
                    continue;
                }
                Path journal = JournalFiles.journal(store.dir(), id);
                long size = Files.size(journal);
                long cursor = UploadCursor.read(store.dir(), id);
                if (cursor >= size) {
                    continue;
                }
                backlog += size - cursor;
                try {
                    upload(id, journal, cursor);
                } catch (Exception e) {
                    if (!UploadFailures.isPermanent(e)) {
                        throw e;
                    }
                    String reason = UploadFailures.describe(e);
                    failedSessions.put(id, reason);
                    backlog -= size - cursor;
                    LOG.error("session {}: upload to InfluxDB {} refused, skipped until restart (its journal is kept): {}",
                            id, url, reason);
                }
            }
            backlogBytes = backlog;
            if (lastError != null) {
                LOG.info("InfluxDB {} reachable again; caught up", url);
            }
            lastError = null;
            return true;
        } catch (Exception e) {
            backlogBytes = Math.max(backlog, backlogBytes);
            String message = UploadFailures.describe(e);
            if (!message.equals(lastError)) {
                LOG.warn("InfluxDB {} upload failed (the journal keeps everything, retrying): {}", url, message);
            }
            lastError = message;
            return false;
        }
    }

    private void upload(String id, Path journal, long cursor) throws Exception {
        SessionContext context = context(id, journal);
        if (context == null) {
            return;
        }
        RecordFraming.Scan scan = JournalFiles.scan(journal, cursor);
        LineBatch batch = new LineBatch();
        LineBatch digest = new LineBatch();
        long batchEnd = cursor;
        for (JournalRecord record : scan.records()) {
            switch (record.type()) {
                case INFO -> batch.add(PointMapper.session(context, null, null));
                case FRAMES -> PointMapper.frames(context, record.payload(), batch);
                case ALARM -> batch.add(PointMapper.alarm(context, JournalJson.MAPPER.readValue(record.payload(), AlarmEvent.class)));
                case NOTE -> {
                    batch.add(PointMapper.note(context, JournalJson.MAPPER.readValue(record.payload(), Note.class)));
                    JournalJson.EndRecord end = endOf(journal);
                    if (end != null) {
                        ended(id, context, end, batch, digest);
                    }
                }
                case BANDS -> batch.add(PointMapper.bands(context,
                        JournalJson.MAPPER.readValue(record.payload(), BandSet.class), record.offset()));
                case END -> ended(id, context, JournalJson.MAPPER.readValue(record.payload(), JournalJson.EndRecord.class),
                        batch, digest);
            }
            batchEnd = record.end();
            if (batch.points() >= BATCH_POINTS) {
                send(id, batch, digest, batchEnd);
            }
        }
        if (!batch.isEmpty() || batchEnd > cursor) {
            send(id, batch, digest, batchEnd);
        }
    }

    /** The session point, complete, into the batch, and the session's digest (docs/influxdb.md): at its end and after a late note. */
    private void ended(String id, SessionContext context, JournalJson.EndRecord end, LineBatch batch,
                       LineBatch digest) throws IOException {
        batch.add(PointMapper.session(context, store.summary(id), end));
        digest.clear();
        PointMapper.digest(context, store.digest(id)).forEach(digest::add);
    }

    /**
     * Writes the batch, then the digest's points on their own (a server that refuses them, e.g. for their size,
     * costs the review server its fast open, never the session: they are logged and dropped), then moves the
     * cursor.
     */
    private void send(String id, LineBatch batch, LineBatch digest, long end) throws Exception {
        if (!batch.isEmpty()) {
            writer.write(batch.text());
            pointsWritten += batch.points();
            lastUploadEpochMs = System.currentTimeMillis();
        }
        if (!digest.isEmpty()) {
            try {
                writer.write(digest.text());
                pointsWritten += digest.points();
            } catch (Exception e) {
                if (!UploadFailures.isPermanent(e)) {
                    throw e;
                }
                LOG.warn("session {}: InfluxDB {} refused its digest (the review server reads its frames instead): {}",
                        id, url, UploadFailures.describe(e));
            }
        }
        UploadCursor.write(store.dir(), id, end);
        batch.clear();
        digest.clear();
    }

    /** The session's END record, null while it runs (a note added after the end updates the session point). */
    private static JournalJson.EndRecord endOf(Path journal) throws IOException {
        JournalJson.EndRecord end = null;
        for (JournalRecord record : JournalFiles.scan(journal, 0).records()) {
            if (record.type() == RecordType.END) {
                end = JournalJson.MAPPER.readValue(record.payload(), JournalJson.EndRecord.class);
            }
        }
        return end;
    }

    /** The session's context, or null while it has no frame yet (its timestamps are not known). */
    private SessionContext context(String id, Path journal) throws IOException {
        SessionContext known = contexts.get(id);
        if (known != null) {
            return known;
        }
        RecordFraming.Scan scan = JournalFiles.scan(journal, 0);
        JournalJson.InfoRecord info = null;
        double[] first = {Double.NaN};
        boolean ended = false;
        for (JournalRecord record : scan.records()) {
            if (record.type() == RecordType.INFO && info == null) {
                info = JournalJson.MAPPER.readValue(record.payload(), JournalJson.InfoRecord.class);
            } else if (record.type() == RecordType.FRAMES && Double.isNaN(first[0])) {
                FrameBlockCodec.decode(record.payload(), (tMs, values, inKg, estimate) -> {
                    if (Double.isNaN(first[0])) {
                        first[0] = tMs;
                    }
                });
            } else if (record.type() == RecordType.END) {
                ended = true;
            }
        }
        if (info == null || (Double.isNaN(first[0]) && !ended)) {
            return null;
        }
        SessionContext context = new SessionContext(id, info.info(), Double.isNaN(first[0]) ? 0 : first[0]);
        contexts.put(id, context);
        return context;
    }
}
