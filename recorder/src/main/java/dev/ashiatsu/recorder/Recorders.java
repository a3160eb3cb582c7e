package dev.ashiatsu.recorder;

import dev.ashiatsu.recorder.influx.InfluxPointWriter;
import dev.ashiatsu.recorder.influx.InfluxUploader;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;
import java.io.IOException;
import java.nio.file.Path;

/** Opens the application's recorder. */
public final class Recorders {

    private Recorders() {
    }

    /**
     * Recovers the sessions in {@code dataDir/sessions} after a crash (torn tails cut, every session
     * listed), then starts the journal recorder and, when {@code influx} is not null, the uploader.
     */
    public static Recording open(Path dataDir, InfluxSettings influx) throws IOException {
        SessionStore store = new SessionStore(dataDir.resolve("sessions"));
        store.recover();
        JournalRecorder journal = new JournalRecorder(store);
        InfluxUploader uploader = influx == null ? null
                : new InfluxUploader(store, new InfluxPointWriter(influx), influx.url(), 1000, 30_000);
        return new Recording(journal, uploader);
    }
}
