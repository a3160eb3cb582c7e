package dev.ashiatsu.dashboard.web;

import static dev.ashiatsu.dashboard.fixtures.RunningDashboard.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code PUT /api/session/guide} on the real server: kept with the session, announced, strict about its input. */
class SessionGuideApiTest {

    @TempDir
    static Path data;
    static RunningDashboard server;

    @BeforeAll
    static void start() throws Exception {
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, t -> TestTable.looping(t, 3000, 20, 9000));
        server = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(), TestTable.practitioner(), true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void refused(String body, String field) throws Exception {
        HttpResponse<String> response = server.send("PUT", "/api/session/guide", body);
        assertEquals(400, response.statusCode(), body + " -> " + response.body());
        assertEquals(field, json(response).path("field").asText(), response.body());
    }

    @Test
    void theGuideIsKeptWithTheSessionListedAsAnEventAndOffInANewSession() throws Exception {
        assertEquals(false, json(server.get("/api/session")).path("guide").path("enabled").asBoolean(true));
        HttpResponse<String> on = server.send("PUT", "/api/session/guide", "{\"enabled\":true,\"fromShare\":0.4}");
        assertEquals(200, on.statusCode(), on.body());
        JsonNode session = json(server.get("/api/session"));
        assertTrue(session.path("guide").path("enabled").asBoolean());
        assertEquals(0.4, session.path("guide").path("fromShare").asDouble());
        JsonNode last = session.path("events").get(session.path("events").size() - 1);
        assertEquals("guide", last.path("kind").asText());
        assertEquals("load guide on, from 40 % of the limit", last.path("text").asText());

        server.send("POST", "/api/clients", "{\"id\":\"anna\",\"heightCm\":170,\"crownXcm\":10,\"maxAppliedKg\":30}");
        server.send("POST", "/api/practitioners", "{\"id\":\"ken\",\"weightKg\":70}");
        HttpResponse<String> next = server.send("POST", "/api/session/start", "{\"clientId\":\"anna\",\"practitionerId\":\"ken\"}");
        assertEquals(200, next.statusCode(), next.body());
        assertEquals(false, json(next).path("guide").path("enabled").asBoolean(true), "a new session starts with it off");
    }

    @Test
    void anUnknownFieldAMissingSwitchOrAShareOutOfRangeIsRefused() throws Exception {
        refused("{\"enabled\":true,\"fromShare\":0.5,\"volume\":3}", "volume");
        refused("{\"fromShare\":0.5}", "enabled");
        refused("{\"enabled\":\"yes\",\"fromShare\":0.5}", "enabled");
        refused("{\"enabled\":true,\"fromShare\":1.0}", "fromShare");
        refused("{\"enabled\":true}", "fromShare");
        refused("{\"enabled\":true,\"fromShare\":-0.1}", "fromShare");
        assertEquals(400, server.send("PUT", "/api/session/guide", "").statusCode());
    }
}
