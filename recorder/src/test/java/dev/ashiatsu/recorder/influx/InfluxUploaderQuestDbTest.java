package dev.ashiatsu.recorder.influx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The uploader against a real server that speaks the InfluxDB v2 write API (QuestDB, embedded).
 * The frame table has no deduplication, so a point sent twice would be counted twice; the alarm and
 * session tables deduplicate on InfluxDB's series key (timestamp and tags), as InfluxDB itself does,
 * because an alarm's end and a session's summary deliberately overwrite their first point.
 */
class InfluxUploaderQuestDbTest {

    static final long STARTED_AT = 1_763_776_800_000L;
    static QuestDbServer questDb;

    @TempDir
    static Path questRoot;
    @TempDir
    Path sessions;

    @BeforeAll
    static void startQuestDb() throws Exception {
        questDb = new QuestDbServer(questRoot.resolve("questdb"));
        questDb.createOverwritingTables();
    }

    @AfterAll
    static void stopQuestDb() {
        questDb.close();
    }

    @Test
    void everyRecordedPointArrivesExactlyOnce() throws Exception {
        SessionStore store = new SessionStore(sessions);
        SimulatedSession sim = new SimulatedSession();
        String id;
        try (InfluxUploader uploader = uploader(store)) {
            try (JournalRecorder recorder = new JournalRecorder(store)) {
                sim.recordingTo(recorder);
                id = recorder.begin(sim.info(STARTED_AT));
                sim.run(60_000);
                recorder.note(20_000, "deeper on the thigh");
                recorder.end(sim.timeMs());
            }
            Await.until(Duration.ofSeconds(30), () -> uploaded(store, id), "the upload to catch up");
        }
        long frames = Math.round(sim.timeMs() / SimulatedSession.PERIOD_MS);
        assertPointsExactlyOnce(id, frames, sim);
        JsonNode session = questDb.query("SELECT ended, alarm_count, client_name FROM ashiatsu_session WHERE session = '" + id + "'");
        assertEquals(1, session.size());
        assertTrue(session.get(0).get(0).asBoolean(), "the session's end overwrote its start");
        assertEquals(distinctAlarms(sim), session.get(0).get(1).asLong());
        assertEquals("Client A", session.get(0).get(2).asText());
        assertEquals(1, questDb.count("SELECT count() FROM ashiatsu_note WHERE session = '" + id + "'"));
    }

    @Test
    void anOutageMidSessionLosesNothingAndDoublesNothing() throws Exception {
        SessionStore store = new SessionStore(sessions);
        SimulatedSession sim = new SimulatedSession();
        String id;
        try (InfluxUploader uploader = uploader(store)) {
            JournalRecorder recorder = new JournalRecorder(store);
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(STARTED_AT + 3_600_000));
            sim.run(20_000);
            long recorded = Math.round(sim.timeMs() / SimulatedSession.PERIOD_MS);
            Await.until(Duration.ofSeconds(30), () -> recorder.framesWritten() == recorded && uploaded(store, id),
                    "the first part to be uploaded");

            questDb.stop();
            sim.run(30_000);
            Await.until(Duration.ofSeconds(30), () -> uploader.status().lastError() != null,
                    "the uploader to notice the outage");
            assertTrue(UploadCursor.read(sessions, id) < Files.size(JournalFiles.journal(sessions, id)),
                    "the backlog waits in the journal");
            assertEquals(null, recorder.fault(), "an outage is not a recording fault");

            questDb.start();
            sim.run(10_000);
            recorder.end(sim.timeMs());
            recorder.close();
            Await.until(Duration.ofSeconds(30), () -> uploaded(store, id) && uploader.status().healthy(),
                    "the backlog to be sent");
        }
        assertPointsExactlyOnce(id, Math.round(sim.timeMs() / SimulatedSession.PERIOD_MS), sim);
    }

    private void assertPointsExactlyOnce(String id, long frames, SimulatedSession sim) throws Exception {
        questDb.awaitTable("ashiatsu_frame");
        questDb.awaitTable("ashiatsu_alarm");
        questDb.awaitTable("ashiatsu_session");
        String where = " FROM ashiatsu_frame WHERE session = '" + id + "'";
        assertEquals(frames, questDb.count("SELECT count()" + where), "one row per frame");
        assertEquals(frames, questDb.count("SELECT count_distinct(timestamp)" + where), "no frame twice");
        JsonNode first = questDb.query("SELECT raw_T1, applied_kg, zone" + where + " ORDER BY timestamp LIMIT 1");
        assertNotNull(first.get(0).get(0));
        assertEquals(distinctAlarms(sim), questDb.count("SELECT count() FROM ashiatsu_alarm WHERE session = '" + id + "'"));
        assertEquals(0, questDb.count("SELECT count() FROM ashiatsu_alarm WHERE session = '" + id + "' AND active = true"),
                "every alarm's end overwrote its start");
    }

    private static long distinctAlarms(SimulatedSession sim) {
        return sim.alarms.stream().mapToLong(AlarmEvent::id).distinct().count();
    }

    private InfluxUploader uploader(SessionStore store) {
        InfluxSettings settings = new InfluxSettings(questDb.url(), "ashiatsu", "sessions", "unused");
        return new InfluxUploader(store, new InfluxPointWriter(settings), settings.url(), 100, 400);
    }

    private static boolean uploaded(SessionStore store, String id) {
        try {
            Path journal = JournalFiles.journal(store.dir(), id);
            return Files.exists(journal) && UploadCursor.read(store.dir(), id) == Files.size(journal);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
