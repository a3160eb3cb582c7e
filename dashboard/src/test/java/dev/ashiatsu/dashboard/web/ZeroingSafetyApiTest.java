package dev.ashiatsu.dashboard.web;

import static dev.ashiatsu.dashboard.fixtures.RunningDashboard.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Phase;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.testing.Await;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zeroing with someone on the table would switch the limits off: the client lies down at 0.5 s and the
 * practitioner puts 29 kg on her from 3 s on; tare and the wizard's unloaded reading are refused (409)
 * with the reason, and monitoring goes on unchanged.
 */
class ZeroingSafetyApiTest {

    @TempDir
    static Path data;
    static RunningDashboard server;

    @BeforeAll
    static void start() throws Exception {
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, t -> TestTable.script(t, 3000, 29));
        server = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(), TestTable.practitioner(), true);
        awaitEstimate(e -> e.phase() == Phase.LOADED && e.appliedKg() > 28.5, "29 kg applied, phase LOADED");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Estimate awaitEstimate(Predicate<Estimate> condition, String what) throws Exception {
        return Await.value(Duration.ofSeconds(15), () -> server.dashboard().pipeline().latest(),
                latest -> latest != null && condition.test(latest.estimate()), what).estimate();
    }

    @Test
    void refusesATareWithTheClientAndPractitionerOnTheTableAndSaysWhy() throws Exception {
        HttpResponse<String> tare = server.send("POST", "/api/tare", null);
        assertEquals(409, tare.statusCode(), tare.body());
        JsonNode body = json(tare);
        assertEquals("LOADED", body.path("phase").asText(), tare.body());
        assertEquals(TestTable.CLIENT_KG + 29, body.path("tableKg").asDouble(), 1.0, tare.body());
        assertTrue(body.path("error").asText().contains("phase is LOADED"), tare.body());

        Estimate after = awaitEstimate(e -> true, "a frame after the refusal");
        assertEquals(Phase.LOADED, after.phase(), "monitoring goes on as before");
        assertEquals(29, after.appliedKg(), 0.5);
        assertTrue(server.dashboard().pipeline().sessionLog().list().stream()
                .anyMatch(e -> e.kind().equals("tare") && e.text().startsWith("tare refused")), "the refusal is logged");
    }

    @Test
    void refusesATareWhenThePhaseIsEmptyOnlyByHand() throws Exception {
        assertEquals(200, server.send("POST", "/api/phase", "{\"phase\":\"EMPTY\"}").statusCode());
        try {
            awaitEstimate(e -> e.phase() == Phase.EMPTY, "the phase forced to EMPTY");
            HttpResponse<String> tare = server.send("POST", "/api/tare", null);
            assertEquals(409, tare.statusCode(), tare.body());
            assertTrue(json(tare).path("error").asText().contains("only by hand"), tare.body());
        } finally {
            assertEquals(200, server.send("POST", "/api/phase", "{\"phase\":\"AUTO\"}").statusCode());
            awaitEstimate(e -> e.phase() == Phase.LOADED, "the automatic phase back");
        }
    }

    @Test
    void refusesTheWizardsUnloadedReadingWithALoadOnTheTable() throws Exception {
        HttpResponse<String> zero = server.send("POST", "/api/calibration/head-left/zero", "{\"samples\":20}");
        assertEquals(409, zero.statusCode(), zero.body());
        assertTrue(json(zero).path("error").asText().startsWith("the unloaded reading refused: the phase is LOADED"),
                zero.body());
        HttpResponse<String> loaded = server.send("POST", "/api/calibration/head-left/loaded",
                "{\"weightKg\":10,\"samples\":20}");
        assertEquals(422, loaded.statusCode(), "no zero was recorded: " + loaded.body());
    }
}
