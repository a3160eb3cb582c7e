package dev.ashiatsu.dashboard.web;

import static dev.ashiatsu.dashboard.fixtures.RunningDashboard.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.core.band.TargetBand;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.dashboard.store.DataDirectory;
import dev.ashiatsu.recorder.Recorders;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.testing.Await;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code PUT /api/session/bands} on the real server, recording to real journals: strict about its input, never a
 * band above the client's limit, sent with each update and recorded with the session.
 */
class SessionBandsApiTest {

    @TempDir
    static Path data;
    static RunningDashboard server;

    @BeforeAll
    static void start() throws Exception {
        // 20 kg on the thigh in 9 s cycles; the client's limit is 30 kg there, P 70 kg (30 kg = 42.9 %)
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, t -> TestTable.looping(t, 3000, 20, 9000));
        new DataDirectory(data).clients().save(TestTable.client());
        new DataDirectory(data).practitioners().save(TestTable.practitioner());
        server = RunningDashboard.start("127.0.0.1", dev.ashiatsu.dashboard.access.AccessControl.open(), data, source,
                TestTable.table(), TestTable.client(), TestTable.practitioner(), Recorders.open(data, null), true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> put(String body) throws Exception {
        return server.send("PUT", "/api/session/bands", body);
    }

    private static void refused(int status, String body, String field) throws Exception {
        HttpResponse<String> response = put(body);
        assertEquals(status, response.statusCode(), body + " -> " + response.body());
        assertEquals(field, json(response).path("field").asText(), response.body());
    }

    @Test
    void aBandIsSentWithEachUpdateOnItsZoneAndRecordedWithTheSession() throws Exception {
        assertEquals(200, server.send("POST", "/api/session/start", "{\"clientId\":\"anna\",\"practitionerId\":\"ken\"}")
                .statusCode(), "a session of its own, whatever the other tests set");
        HttpResponse<String> set = put("{\"bands\":{\"THIGH\":{\"lowPercent\":20,\"highPercent\":35}}}");
        assertEquals(200, set.statusCode(), set.body());
        JsonNode session = json(set);
        assertEquals(35.0, session.path("bands").path("bands").path("THIGH").path("highPercent").asDouble());
        JsonNode last = session.path("events").get(session.path("events").size() - 1);
        assertEquals("bands", last.path("kind").asText());
        assertEquals("target bands: THIGH 20-35 %", last.path("text").asText());
        assertEquals(20.0, json(server.get("/api/context")).path("bands").path("bands").path("THIGH").path("lowPercent").asDouble());

        JsonNode update = Await.value(Duration.ofSeconds(20), () -> json(server.get("/api/state")),
                u -> "THIGH".equals(u.path("zone").asText()) && u.path("appliedKg").asDouble() > 16,
                "a load of more than 16 kg on the thigh");
        JsonNode band = update.path("band");
        assertEquals("THIGH", band.path("zone").asText(), update.toString());
        assertEquals(14.0, band.path("lowKg").asDouble(), 1e-9, "20 % of 70 kg");
        assertEquals(24.5, band.path("highKg").asDouble(), 1e-9, "35 % of 70 kg");
        double applied = update.path("appliedKg").asDouble();
        assertEquals(applied <= 24.5 ? "IN" : "OVER", update.path("bandStatus").asText(), update.toString());
        assertTrue(update.path("inBandPercent").isNumber(), "the session's in-band share so far: " + update);

        JsonNode unloaded = Await.value(Duration.ofSeconds(20), () -> json(server.get("/api/state")),
                u -> u.path("zone").isNull(), "the practitioner off the client");
        assertTrue(unloaded.path("band").isNull() && unloaded.path("bandStatus").isNull(), unloaded.toString());

        String id = session.path("sessionId").asText();
        assertEquals(200, put("{\"bands\":{}}").statusCode(), "an empty set clears them");
        assertEquals(200, server.send("POST", "/api/session/stop", "").statusCode());
        SessionStore store = new SessionStore(data.resolve("sessions"));
        SessionData recorded = Await.value(Duration.ofSeconds(10), () -> store.exists(id) ? store.load(id) : null,
                s -> s != null && s.endMs() != null, "the session's journal to end");
        assertEquals(2, recorded.bands().size(), recorded.bands().toString());
        assertEquals(Map.of(Zone.THIGH, new TargetBand(20, 35)), recorded.bands().get(0).bands());
        assertNotNull(recorded.bands().get(0).fromMs(), "set at a moment of the session");
        assertEquals(List.of(), List.copyOf(recorded.bands().get(1).bands().values()));
        assertTrue(recorded.bands().get(1).fromMs() >= recorded.bands().get(0).fromMs());
        assertNotNull(store.summary(id).inBandPercent(), "the session was loaded on the thigh under its band");
        assertEquals(200, server.send("POST", "/api/session/start", "{\"clientId\":\"anna\",\"practitionerId\":\"ken\"}")
                .statusCode());
        assertTrue(json(server.get("/api/session")).path("bands").path("bands").isEmpty(), "a new session starts without");
    }

    @Test
    void aBandAboveTheClientsLimitInItsZoneOrOnANoGoZoneIsRefusedWithTheReason() throws Exception {
        HttpResponse<String> above = put("{\"bands\":{\"THIGH\":{\"lowPercent\":20,\"highPercent\":45}}}");
        assertEquals(409, above.statusCode(), above.body());
        assertEquals("bands.THIGH.highPercent", json(above).path("field").asText());
        String reason = json(above).path("error").asText();
        assertTrue(reason.contains("31.5 kg") && reason.contains("30.0 kg") && reason.contains("never teach going over"),
                reason);
        // the lower back's factor 0.6: 18 kg, 25.7 %
        refused(409, "{\"bands\":{\"CALF\":{\"lowPercent\":5,\"highPercent\":10},"
                + "\"LOWER_BACK\":{\"lowPercent\":20,\"highPercent\":26}}}", "bands.LOWER_BACK.highPercent");
        refused(409, "{\"bands\":{\"KNEE\":{\"lowPercent\":1,\"highPercent\":2}}}", "bands.KNEE.highPercent");
        assertTrue(json(server.get("/api/session")).path("bands").path("bands").path("CALF").isMissingNode(),
                "a refused set changes nothing, not even its fitting bands");
    }

    @Test
    void unknownFieldsZonesAndOutOfRangeNumbersAreRefusedNamingTheField() throws Exception {
        refused(400, "{\"bands\":{},\"preset\":\"x\"}", "preset");
        refused(400, "{}", "body");
        refused(400, "{\"bands\":null}", "bands");
        refused(400, "{\"bands\":{\"THIGHS\":{\"lowPercent\":1,\"highPercent\":2}}}", "bands.THIGHS");
        assertTrue(json(put("{\"bands\":{\"THIGHS\":{\"lowPercent\":1,\"highPercent\":2}}}")).path("error").asText()
                .contains("did you mean THIGH?"));
        refused(400, "{\"bands\":{\"OFF_BODY\":{\"lowPercent\":1,\"highPercent\":2}}}", "bands.OFF_BODY");
        refused(400, "{\"bands\":{\"CALF\":{\"lowpercent\":1,\"highPercent\":2}}}", "bands.CALF.lowpercent");
        refused(400, "{\"bands\":{\"CALF\":{\"lowPercent\":1}}}", "bands.CALF.highPercent");
        refused(400, "{\"bands\":{\"CALF\":{\"lowPercent\":-1,\"highPercent\":2}}}", "bands.CALF.lowPercent");
        refused(400, "{\"bands\":{\"CALF\":{\"lowPercent\":1,\"highPercent\":101}}}", "bands.CALF.highPercent");
        refused(400, "{\"bands\":{\"CALF\":{\"lowPercent\":12,\"highPercent\":12}}}", "bands.CALF.highPercent");
        refused(400, "{\"bands\":{\"CALF\":{\"lowPercent\":\"5\",\"highPercent\":12}}}", "bands.CALF.lowPercent");
        refused(400, "{\"bands\":{\"CALF\":[5, 12]}}", "bands.CALF");
    }

    @Test
    void withoutARunningSessionBandsAreRefused() throws Exception {
        assertEquals(200, server.send("POST", "/api/session/stop", "").statusCode());
        try {
            HttpResponse<String> response = put("{\"bands\":{\"CALF\":{\"lowPercent\":5,\"highPercent\":10}}}");
            assertEquals(409, response.statusCode(), response.body());
            assertTrue(json(response).path("error").asText().contains("no session is running"), response.body());
        } finally {
            server.send("POST", "/api/session/start", "{\"clientId\":\"anna\",\"practitionerId\":\"ken\"}");
        }
    }

    @Test
    void aPresetIsSavedInTheDataDirectoryListedUsedForTheSessionAndDeleted() throws Exception {
        HttpResponse<String> saved = server.send("PUT", "/api/training/presets/legs-light",
                "{\"bands\":{\"CALF\":{\"lowPercent\":10,\"highPercent\":20},\"THIGH\":{\"lowPercent\":15,\"highPercent\":30}}}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(java.nio.file.Files.isRegularFile(data.resolve("bands").resolve("legs-light.json")));
        JsonNode listed = json(server.get("/api/training/presets"));
        JsonNode preset = null;
        for (JsonNode p : listed.path("presets")) {
            preset = "legs-light".equals(p.path("name").asText()) ? p : preset;
        }
        assertNotNull(preset, listed.toString());
        assertEquals(30.0, preset.path("bands").path("THIGH").path("highPercent").asDouble());

        HttpResponse<String> used = put("{\"preset\":\"legs-light\"}");
        assertEquals(200, used.statusCode(), used.body());
        assertEquals(10.0, json(used).path("bands").path("bands").path("CALF").path("lowPercent").asDouble());

        refused(400, "{\"preset\":\"nothing-here\"}", "preset");
        refused(400, "{\"preset\":\"legs-light\",\"bands\":{}}", "preset");
        assertEquals(400, server.send("PUT", "/api/training/presets/bad%20name", "{\"bands\":{}}").statusCode());
        HttpResponse<String> badBand = server.send("PUT", "/api/training/presets/x",
                "{\"bands\":{\"CALF\":{\"lowPercent\":20,\"highPercent\":10}}}");
        assertEquals(400, badBand.statusCode(), badBand.body());
        assertEquals("bands.CALF.highPercent", json(badBand).path("field").asText());

        // a preset is only percentages: one above this client's limit is saved, and refused when used
        assertEquals(200, server.send("PUT", "/api/training/presets/heavy",
                "{\"bands\":{\"THIGH\":{\"lowPercent\":40,\"highPercent\":60}}}").statusCode());
        refused(409, "{\"preset\":\"heavy\"}", "bands.THIGH.highPercent");

        java.nio.file.Files.writeString(data.resolve("bands").resolve("broken.json"),
                "{\"name\":\"broken\",\"bands\":{\"CALF\":{\"lowPercent\":10,\"hihgPercent\":20}}}");
        JsonNode withProblem = json(server.get("/api/training/presets"));
        assertTrue(withProblem.path("problems").toString().contains("broken.json"), withProblem.toString());
        assertTrue(withProblem.path("problems").toString().contains("highPercent"), "names the field: " + withProblem);
        HttpResponse<String> broken = put("{\"preset\":\"broken\"}");
        assertEquals(409, broken.statusCode(), broken.body());
        assertTrue(json(broken).path("error").asText().contains("broken.json"), broken.body());

        assertEquals(204, server.send("DELETE", "/api/training/presets/legs-light", "").statusCode());
        assertEquals(404, server.send("DELETE", "/api/training/presets/legs-light", "").statusCode());
    }
}
