package dev.ashiatsu.recorder;

import dev.ashiatsu.recorder.influx.InfluxPointWriter;
import dev.ashiatsu.recorder.influx.InfluxUploader;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the application's recorder. */
public final class Recorders {

    private static final Logger LOG = LoggerFactory.getLogger(Recorders.class);

    private Recorders() {
    }

    /**
     * Recovers the sessions in {@code dataDir/sessions} after a crash (torn tails cut, every session
     * listed), then starts the journal recorder and, when {@code influx} is not null, the uploader. A sessions
     * directory that cannot be made or read (a full or read-only disk) is logged, not fatal: monitoring needs
     * no disk, and the recorder reports its fault when a session begins and retries.
     */
    public static Recording open(Path dataDir, InfluxSettings influx) throws IOException {
        SessionStore store = new SessionStore(dataDir.resolve("sessions"));
        try {
            store.recover();
        } catch (IOException e) {
            LOG.error("sessions in {} not recovered, recording will retry: {}", store.dir(), e.toString());
        }
        JournalRecorder journal = new JournalRecorder(store);
        InfluxUploader uploader = influx == null ? null
                : new InfluxUploader(store, new InfluxPointWriter(influx), influx.url(), 1000, 30_000);
        return new Recording(journal, uploader);
    }
}
