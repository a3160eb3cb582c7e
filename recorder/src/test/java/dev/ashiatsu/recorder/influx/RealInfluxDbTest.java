package dev.ashiatsu.recorder.influx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a real InfluxDB 2.x when {@code INFLUX_URL} (and {@code INFLUX_ORG}, {@code INFLUX_BUCKET},
 * {@code INFLUX_TOKEN}) are set; skipped, visibly, otherwise. Uploads a session twice (the second time
 * from a reset cursor: a full re-send) and checks, with Flux, that every frame is there once and that
 * the session is listed.
 */
class RealInfluxDbTest {

    @TempDir
    Path sessions;

    @Test
    void aSessionReSentInFullIsStoredOnceAndListed() throws Exception {
        Map<String, String> env = System.getenv();
        assumeTrue(env.get("INFLUX_URL") != null, "INFLUX_URL is not set: no real InfluxDB to test against");
        InfluxSettings settings = new InfluxSettings(env.get("INFLUX_URL"), env.getOrDefault("INFLUX_ORG", "ashiatsu"),
                env.getOrDefault("INFLUX_BUCKET", "ashiatsu-test"), env.getOrDefault("INFLUX_TOKEN", ""));
        SessionStore store = new SessionStore(sessions);
        SimulatedSession sim = new SimulatedSession();
        String id;
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(System.currentTimeMillis() - 60_000));
            sim.run(20_000);
            recorder.end(sim.timeMs());
        }
        for (int round = 0; round < 2; round++) {
            Files.deleteIfExists(JournalFiles.uploadCursor(sessions, id));
            try (InfluxUploader uploader = new InfluxUploader(store, new InfluxPointWriter(settings), settings.url(), 100, 1000)) {
                InfluxUploaderQuestDbTest.waitFor(() -> UploadCursor.read(sessions, id) > 0
                        && UploadCursor.read(sessions, id) == sessions.resolve(id + ".journal").toFile().length(), "upload");
            }
        }
        try (InfluxDBClient client = InfluxDBClientFactory.create(settings.url(), settings.token().toCharArray(),
                settings.org(), settings.bucket())) {
            String flux = "from(bucket: \"" + settings.bucket() + "\") |> range(start: -1d)"
                    + " |> filter(fn: (r) => r._measurement == \"ashiatsu_frame\" and r.session == \"" + id
                    + "\" and r._field == \"applied_kg\") |> count()";
            long count = ((Number) client.getQueryApi().query(flux, settings.org()).get(0).getRecords().get(0).getValue()).longValue();
            assertEquals(Math.round(sim.timeMs() / SimulatedSession.PERIOD_MS), count);
        }
        try (InfluxSessionIndex index = new InfluxSessionIndex(settings)) {
            List<RemoteSession> listed = index.list();
            assertTrue(listed.stream().anyMatch(s -> s.id().equals(id) && s.ended()), "listed: " + listed);
        }
    }
}
