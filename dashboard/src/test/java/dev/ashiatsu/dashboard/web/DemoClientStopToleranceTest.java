package dev.ashiatsu.dashboard.web;

import static dev.ashiatsu.dashboard.fixtures.RunningDashboard.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.store.DataDirectory;
import dev.ashiatsu.recorder.Recorders;
import dev.ashiatsu.sim.Pacer;
import dev.ashiatsu.sim.SimulatorSource;
import dev.ashiatsu.testing.Await;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ashiatsu demo} shows of issue 11, through the real server on the bundled demo scenario played
 * as fast as the pipeline takes it, recorded as {@code demo} records (the local journals): the client's stop is
 * in the running session's events (raised, then acknowledged at the table), and the client's tolerance lists
 * it with a suggestion for the zone while the session is still running.
 */
class DemoClientStopToleranceTest {

    @TempDir
    Path data;

    @Test
    void theDemosClientStopIsRecordedAndSuggestsALowerLimitWithoutEndingTheSession() throws Exception {
        SimulatorSource sim = SimulatorSource.open("demo", 1, false, Pacer.unpaced());
        new DataDirectory(data).clients().save(sim.client());
        String client = sim.client().id();
        try (RunningDashboard server = RunningDashboard.start("127.0.0.1", AccessControl.open(), data, sim, sim.table(),
                sim.client(), sim.practitioner(), Recorders.open(data, null), true)) {
            Await.until(Duration.ofSeconds(60), () -> "stopped".equals(sim.health().state()),
                    "the end of the demo scenario");
            JsonNode session = Await.value(Duration.ofSeconds(30), () -> json(server.get("/api/session")),
                    s -> s.path("events").toString().contains("(CLIENT_STOP) acknowledged"),
                    "the stop's acknowledgement in the session's events");
            assertTrue(session.path("events").toString().contains("CLIENT_STOP raised in GLUTES"),
                    session.path("events").toString());

            JsonNode tolerance = Await.value(Duration.ofSeconds(30),
                    () -> json(server.get("/api/clients/" + client + "/tolerance")),
                    t -> t.path("suggestions").size() > 0, "a suggestion from the demo's stop");
            JsonNode suggestion = tolerance.path("suggestions").get(0);
            assertEquals("GLUTES", suggestion.path("zone").asText(), tolerance.toString());
            JsonNode stop = suggestion.path("lowestStop");
            assertEquals(95_000, stop.path("tMs").asDouble(), 1e-6, "the press's time on the frame clock");
            assertEquals("CLIENT_STOP", stop.path("source").asText());
            assertEquals(session.path("sessionId").asText(), stop.path("sessionId").asText(), "learned from the session still running");
            assertTrue(stop.path("loadKg").asDouble() > 20 && stop.path("loadKg").asDouble() < stop.path("limitKg").asDouble(),
                    "a real load under the limit: " + stop);
            assertTrue(suggestion.path("suggestedFactor").asDouble() < suggestion.path("currentFactor").asDouble(),
                    suggestion.toString());
        }
    }
}
