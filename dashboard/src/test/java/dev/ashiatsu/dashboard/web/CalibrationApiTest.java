package dev.ashiatsu.dashboard.web;

import static dev.ashiatsu.dashboard.fixtures.RunningDashboard.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.testing.Await;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration wizard and tare over HTTP, on an empty table where the test puts weights on a cell. */
class CalibrationApiTest {

    @TempDir
    static Path data;
    static RunningDashboard server;
    static volatile double extraKgOnHeadLeft;
    static volatile double shakeKg;

    @BeforeAll
    static void start() throws Exception {
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, t -> {
            double[] kg = new double[6];
            for (int i = 0; i < kg.length; i++) {
                kg[i] = 0.01 * Math.sin(t / (31.0 + i)) + shakeKg * Math.sin(t / 7.0 + i);
            }
            kg[0] += extraKgOnHeadLeft;
            return kg;
        });
        server = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(), TestTable.practitioner(), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void emptyTable() {
        extraKgOnHeadLeft = 0;
        shakeKg = 0;
    }

    @Test
    void calibratesACellWithAKnownWeightAndSavesItToTheTableConfig() throws Exception {
        awaitSafeToZero();
        assertEquals(200, post("/api/calibration/head-left/zero", "{\"samples\":40}").statusCode());
        putOnHeadLeft(12.5);
        HttpResponse<String> loaded = post("/api/calibration/head-left/loaded", "{\"weightKg\":10,\"samples\":40}");
        assertEquals(200, loaded.statusCode(), loaded.body());
        JsonNode proposal = json(loaded).path("proposal");
        assertEquals(8000, proposal.path("offset").asDouble(), 2.0, "the zero reading, give or take the wobble");
        assertEquals(1250, proposal.path("countsPerKg").asDouble(), 2.0);

        HttpResponse<String> saved = post("/api/calibration/head-left/save", null);
        assertEquals(200, saved.statusCode(), saved.body());
        TableConfig stored = ConfigReader.readTable(data.resolve("table.yaml"));
        assertEquals(1250, stored.cells().get(0).countsPerKg(), 2.0);
        assertEquals(1000, stored.cells().get(1).countsPerKg(), 1e-9);
        assertEquals(1250, server.dashboard().pipeline().table().cells().get(0).countsPerKg(), 2.0);
        assertEquals(422, post("/api/calibration/head-left/save", null).statusCode(), "a proposal is saved once");
    }

    @Test
    void refusesAWeightThatDidNotChangeTheReading() throws Exception {
        awaitSafeToZero();
        assertEquals(200, post("/api/calibration/foot-left/zero", "{\"samples\":40}").statusCode());
        HttpResponse<String> loaded = post("/api/calibration/foot-left/loaded", "{\"weightKg\":10,\"samples\":40}");
        assertEquals(422, loaded.statusCode(), loaded.body());
        assertTrue(json(loaded).path("error").asText().contains("only"), loaded.body());
    }

    @Test
    void refusesAReadingThatWentTheOtherWay() throws Exception {
        putOnHeadLeft(5);
        awaitSafeToZero();
        assertEquals(200, post("/api/calibration/head-left/zero", "{\"samples\":40}").statusCode());
        putOnHeadLeft(0);
        HttpResponse<String> loaded = post("/api/calibration/head-left/loaded", "{\"weightKg\":5,\"samples\":40}");
        assertEquals(422, loaded.statusCode(), loaded.body());
        assertTrue(json(loaded).path("error").asText().contains("other way"), loaded.body());
    }

    @Test
    void refusesAnUnloadedReadingWhileTheTableShakes() throws Exception {
        shakeKg = 2;
        HttpResponse<String> zero = post("/api/calibration/head-right/zero", "{\"samples\":40}");
        assertEquals(409, zero.statusCode(), zero.body());
        assertTrue(json(zero).path("error").asText().contains("not steady"), zero.body());
        assertEquals(false, json(zero).path("steady").asBoolean(true), zero.body());
    }

    @Test
    void refusesAnUnsteadyLoadedReading() throws Exception {
        awaitSafeToZero();
        assertEquals(200, post("/api/calibration/head-right/zero", "{\"samples\":40}").statusCode());
        shakeKg = 2;
        HttpResponse<String> loaded = post("/api/calibration/head-right/loaded", "{\"weightKg\":5,\"samples\":40}");
        assertEquals(422, loaded.statusCode(), loaded.body());
        assertTrue(json(loaded).path("error").asText().contains("not steady"), loaded.body());
    }

    @Test
    void refusesAnUnknownCellAndALoadedStepBeforeTheZero() throws Exception {
        assertEquals(404, post("/api/calibration/no-such-cell/zero", null).statusCode());
        HttpResponse<String> early = post("/api/calibration/bar-right/loaded", "{\"weightKg\":5,\"samples\":20}");
        assertEquals(422, early.statusCode(), early.body());
        assertTrue(json(early).path("error").asText().contains("unloaded first"));
    }

    @Test
    void refusesAnUnknownFieldInACalibrationStepNamingTheNearestOne() throws Exception {
        HttpResponse<String> zero = post("/api/calibration/head-left/zero", "{\"sample\":800}");
        assertEquals(400, zero.statusCode(), zero.body());
        assertEquals("sample", json(zero).path("field").asText(), zero.body());
        assertTrue(json(zero).path("error").asText().startsWith("sample: is not a known field; did you mean samples?"),
                zero.body());
        HttpResponse<String> loaded = post("/api/calibration/head-left/loaded", "{\"weightKg\":10,\"weightLb\":22}");
        assertEquals(400, loaded.statusCode(), loaded.body());
        assertEquals("weightLb", json(loaded).path("field").asText(), loaded.body());
        assertTrue(json(loaded).path("error").asText().contains("weightKg"), loaded.body());
    }

    @Test
    void taresOnRequest() throws Exception {
        awaitSafeToZero();
        HttpResponse<String> tare = post("/api/tare", null);
        assertEquals(200, tare.statusCode(), tare.body());
        assertTrue(json(server.get("/api/session")).path("events").toString().contains("tare"));
    }

    @Test
    void overridesThePhaseByHandAndBack() throws Exception {
        assertEquals(200, post("/api/phase", "{\"phase\":\"CLIENT\"}").statusCode());
        assertEquals(200, post("/api/phase", "{\"phase\":\"AUTO\"}").statusCode());
        HttpResponse<String> bad = post("/api/phase", "{\"phase\":\"SLEEPING\"}");
        assertEquals(400, bad.statusCode());
        assertEquals("phase", json(bad).path("field").asText());
        String events = json(server.get("/api/session")).path("events").toString();
        assertTrue(events.contains("set by hand to CLIENT") && events.contains("back to automatic"), events);
    }

    /**
     * Changes the weight on the head-left cell and waits until the live state shows it (through whatever
     * calibration the server now has), so the next reading is taken from new frames.
     */
    private static void putOnHeadLeft(double kg) throws Exception {
        extraKgOnHeadLeft = kg;
        double raw = TestTable.table().cells().get(0).toRaw(kg);
        double shown = server.dashboard().pipeline().table().cells().get(0).toKg(raw);
        Await.value(Duration.ofSeconds(5),
                () -> json(server.get("/api/state")).path("cells").get(0).path("kg").asDouble(),
                showing -> Math.abs(showing - shown) <= 0.05, "head-left to show " + kg + " kg");
    }

    /** Waits until the server's monitor sees the table empty and steady (2 s of still frames). */
    static void awaitSafeToZero() {
        Await.until(Duration.ofSeconds(10), () -> server.dashboard().pipeline().tareCheck().safe(),
                () -> "safe to zero: " + server.dashboard().pipeline().tareCheck());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return server.send("POST", path, body);
    }
}
