package dev.ashiatsu.recorder.influx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import com.influxdb.client.domain.InfluxQLQuery;
import com.influxdb.query.InfluxQLQueryResult;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionStats;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.recorder.journal.SessionSummary;
import dev.ashiatsu.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a real InfluxDB 2.x (2.4+: a virtual DBRP mapping per bucket) or 3.x when {@code INFLUX_URL} (and
 * {@code INFLUX_ORG}, {@code INFLUX_BUCKET}, {@code INFLUX_TOKEN}) are set; skipped, visibly, otherwise.
 * Uploads a session twice through the v2 write API (the second time from a reset cursor: a full re-send)
 * and checks, with InfluxQL, that every frame is there once and that
 * the session is listed, and opens it again from InfluxDB: the same frames, estimates, alarms, notes and
 * statistics as the journal.
 */
class RealInfluxDbTest {

    @TempDir
    Path sessions;

    @Test
    void aSessionReSentInFullIsStoredOnceListedAndOpensAsRecorded() throws Exception {
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
            recorder.note(5_000, "a note to read back");
            recorder.end(sim.timeMs());
        }
        for (int round = 0; round < 2; round++) {
            Files.deleteIfExists(JournalFiles.uploadCursor(sessions, id));
            try (InfluxUploader uploader = new InfluxUploader(store, new InfluxPointWriter(settings), settings.url(), 100, 1000)) {
                Await.until(Duration.ofSeconds(30), () -> UploadCursor.read(sessions, id) > 0
                        && UploadCursor.read(sessions, id) == sessions.resolve(id + ".journal").toFile().length(), "upload");
            }
        }
        try (InfluxDBClient client = InfluxDBClientFactory.create(settings.url(), settings.token().toCharArray(),
                settings.org(), settings.bucket())) {
            String count = "SELECT COUNT(\"applied_kg\") FROM \"ashiatsu_frame\" WHERE \"session\" = '" + id + "'";
            InfluxQLQueryResult answer = client.getInfluxQLQueryApi().query(new InfluxQLQuery(count, settings.bucket()));
            Object counted = answer.getResults().get(0).getSeries().get(0).getValues().get(0).getValueByKey("count");
            assertEquals(Long.toString(Math.round(sim.timeMs() / SimulatedSession.PERIOD_MS)), String.valueOf(counted));
        }
        try (InfluxSessionArchive archive = new InfluxSessionArchive(settings)) {
            List<SessionSummary> listed = archive.list();
            SessionSummary journal = store.summary(id);
            SessionSummary remote = listed.stream().filter(s -> s.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("not listed: " + listed));
            assertTrue(remote.ended());
            assertEquals(journal.peakAppliedKg(), remote.peakAppliedKg());
            assertEquals(journal.alarmCount(), remote.alarmCount());
            SessionData local = store.load(id);
            SessionData opened = archive.load(id);
            assertEquals(local.frames(), opened.frames());
            assertArrayEquals(local.tMs(), opened.tMs());
            assertArrayEquals(local.appliedKg(), opened.appliedKg());
            assertArrayEquals(local.values()[0], opened.values()[0]);
            assertEquals(local.alarms(), opened.alarms());
            assertEquals(local.notes(), opened.notes());
            assertEquals(local.endMs(), opened.endMs());
            assertEquals(SessionStats.of(local), SessionStats.of(opened));
        }
    }
}
