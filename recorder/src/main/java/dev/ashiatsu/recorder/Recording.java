package dev.ashiatsu.recorder;

import dev.ashiatsu.core.band.BandSet;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.recorder.influx.InfluxUploader;
import dev.ashiatsu.recorder.influx.UploadStatus;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;
import java.util.concurrent.CompletableFuture;

/**
 * The recorder the application uses: the journal (always) and the InfluxDB uploader (when configured),
 * plus the store that review reads from. Same threading contract as {@link SessionRecorder}.
 */
public final class Recording implements SessionRecorder {

    private final JournalRecorder journal;
    private final InfluxUploader uploader;

    Recording(JournalRecorder journal, InfluxUploader uploader) {
        this.journal = journal;
        this.uploader = uploader;
    }

    public SessionStore store() {
        return journal.store();
    }

    /** The session being recorded now, or null. */
    public String currentSessionId() {
        return journal.currentSessionId();
    }

    /** The uploader's state, or null when InfluxDB is not configured. */
    @Override
    public UploadStatus uploadStatus() {
        return uploader == null ? null : uploader.status();
    }

    /** A note on any session, live or past; completes when it is on disk. */
    public CompletableFuture<Void> note(String sessionId, double tMs, String text) {
        return journal.note(sessionId, tMs, text);
    }

    /** A note of a kind ({@link dev.ashiatsu.recorder.journal.Note#kind}; null for a plain note). */
    public CompletableFuture<Void> note(String sessionId, double tMs, String text, String kind) {
        return journal.note(sessionId, tMs, text, kind);
    }

    @Override
    public String begin(SessionInfo info) {
        return journal.begin(info);
    }

    @Override
    public void frame(Frame frame, Estimate estimate) {
        journal.frame(frame, estimate);
    }

    @Override
    public void alarm(AlarmEvent alarm) {
        journal.alarm(alarm);
    }

    @Override
    public void note(double tMs, String text) {
        journal.note(tMs, text);
    }

    @Override
    public void bands(BandSet bands) {
        journal.bands(bands);
    }

    @Override
    public void end(double tMs) {
        journal.end(tMs);
        if (uploader != null) {
            uploader.wake();
        }
    }

    /** The journal's fault (an upload backlog is not a fault: the journal keeps everything). */
    @Override
    public String fault() {
        return journal.fault();
    }

    @Override
    public void close() {
        journal.close();
        if (uploader != null) {
            uploader.close();
        }
    }
}
