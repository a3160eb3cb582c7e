package dev.ashiatsu.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.fixtures.FakeInfluxDb;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.Recorders;
import dev.ashiatsu.testing.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/health} shows the InfluxDB upload (pending journal bytes, last error, last upload) when
 * InfluxDB is configured: the real dashboard recording a scripted session, uploading to a fake InfluxDB
 * at the HTTP boundary, or to a port where nothing listens.
 */
class InfluxHealthTest {

    @TempDir
    Path data;

    @Test
    void aWorkingUploadShowsItsLastUploadAndNoError() throws Exception {
        try (FakeInfluxDb influx = new FakeInfluxDb("clinic", "ashiatsu", "t0ken");
             RunningDashboard server = start(new InfluxSettings(influx.url(), "clinic", "ashiatsu", "t0ken"))) {
            JsonNode upload = awaitHealth(server, h -> h.path("influx").path("pointsWritten").asLong() > 0).path("influx");
            assertEquals(influx.url(), upload.path("url").asText());
            assertEquals("ok", upload.path("status").asText());
            assertTrue(upload.path("lastError").isNull(), upload.toString());
            assertTrue(upload.path("lastUploadEpochMs").asLong() > System.currentTimeMillis() - 60_000, upload.toString());
            assertTrue(upload.has("pendingBytes"), upload.toString());
            assertTrue(influx.pointCount() > 0);
        }
    }

    @Test
    void aDeadServerIsABacklogWithItsErrorNotAFault() throws Exception {
        try (RunningDashboard server = start(new InfluxSettings("http://127.0.0.1:9", "clinic", "ashiatsu", "t0ken"))) {
            JsonNode health = awaitHealth(server, h -> !h.path("influx").path("lastError").isNull()
                    && h.path("influx").path("pendingBytes").asLong() > 0);
            JsonNode upload = health.path("influx");
            assertEquals("retrying", upload.path("status").asText());
            assertTrue(upload.path("lastError").asText().length() > 0);
            assertTrue(upload.path("lastUploadEpochMs").isNull(), "never uploaded: " + upload);
            assertEquals(0, upload.path("pointsWritten").asLong());
            assertEquals("ok", health.path("status").asText(), "the journal keeps everything: " + health);
        }
    }

    private RunningDashboard start(InfluxSettings influx) throws Exception {
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, t -> TestTable.looping(t, 500, 45, 3000));
        return RunningDashboard.start("127.0.0.1", AccessControl.open(), data, source, TestTable.table(),
                TestTable.client(), TestTable.practitioner(), Recorders.open(data, influx), true);
    }

    private static JsonNode awaitHealth(RunningDashboard server, Predicate<JsonNode> condition) throws Exception {
        return Await.value(Duration.ofSeconds(20), () -> RunningDashboard.json(server.get("/api/health")), condition,
                "/api/health to get there");
    }
}
