package dev.ashiatsu.dashboard.web;

import static dev.ashiatsu.dashboard.fixtures.LiveSocket.ofType;
import static dev.ashiatsu.dashboard.fixtures.RunningDashboard.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.dashboard.fixtures.LiveSocket;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API and the live stream, against the real server on a free port fed by a scripted 80 Hz source. */
class DashboardApiTest {

    @TempDir
    static Path data;
    static RunningDashboard server;

    @BeforeAll
    static void start() throws Exception {
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80,
                t -> TestTable.looping(t, 3000, 45, 9000));
        server = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(), TestTable.practitioner(), true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void streamsLiveUpdatesWithLoadsLimitZonePhaseCellsAndAlarms() throws Exception {
        try (LiveSocket live = server.openLive()) {
            JsonNode context = live.await(ofType("context"), 5, "context message");
            assertFalse(context.path("client").path("id").asText().isEmpty());
            assertEquals(6, context.path("table").path("cells").size());
            JsonNode update = live.await(m -> ofType("update").test(m) && m.path("seq").asLong() > 0, 5, "update");
            for (String field : new String[] {"tMs", "appliedKg", "fraction", "limitKg", "approachKg", "status", "zone", "zoneFactor",
                    "phase", "baselineKg", "cells", "alarms", "frameEpochUs"}) {
                assertTrue(update.has(field), "update lacks " + field + ": " + update);
            }
            assertEquals(6, update.path("cells").size());
            assertEquals("head-left", update.path("cells").get(0).path("id").asText());
            assertTrue(update.path("tMs").asDouble() > 0);
            long firstSeq = update.path("seq").asLong();
            JsonNode later = live.await(m -> ofType("update").test(m) && m.path("seq").asLong() > firstSeq + 20, 5, "later update");
            assertTrue(later.path("tMs").asDouble() > update.path("tMs").asDouble());
        }
    }

    @Test
    void sendsTheOverLimitAlarmAtOnceAndListsItUntilAcknowledged() throws Exception {
        try (LiveSocket live = server.openLive()) {
            JsonNode raised = live.await(m -> ofType("alarm").test(m) && m.path("change").asText().equals("raised")
                    && m.path("alarm").path("type").asText().equals("OVER_LIMIT"), 25, "OVER_LIMIT alarm");
            JsonNode alarm = raised.path("alarm");
            assertEquals("HIGH", alarm.path("priority").asText());
            assertEquals("THIGH", alarm.path("zone").asText());
            assertEquals(TestTable.LIMIT_KG, alarm.path("limitKg").asDouble(), 1e-9);
            long id = alarm.path("id").asLong();
            JsonNode listed = live.await(m -> ofType("update").test(m) && hasAlarm(m, id, false), 5, "update listing the alarm");
            assertTrue(listed.path("appliedKg").asDouble() > TestTable.LIMIT_KG * 0.95);

            HttpResponse<String> ack = server.send("POST", "/api/alarms/" + id + "/ack", null);
            assertEquals(200, ack.statusCode(), ack.body());
            live.await(m -> ofType("update").test(m) && (hasAlarm(m, id, true) || !hasAlarm(m, id, false)), 5,
                    "update with the alarm acknowledged");
            assertEquals(404, server.send("POST", "/api/alarms/999999/ack", null).statusCode());
            assertTrue(json(server.get("/api/session")).path("events").toString().contains("alarm " + id + " (OVER_LIMIT) acknowledged"));
        }
    }

    @Test
    void answersTheLatestStateAndTheHealth() throws Exception {
        JsonNode state = json(server.get("/api/state"));
        assertEquals("update", state.path("type").asText());
        assertTrue(state.has("appliedKg") && state.has("limitKg"));
        JsonNode health = json(server.get("/api/health"));
        assertEquals("scripted:80.0Hz", health.path("source").asText());
        assertEquals(80.0, health.path("sampleRateHz").asDouble(), 1e-9);
        assertTrue(health.path("lastFrameAgeMs").asDouble() < 1000, health.toString());
        assertTrue(health.path("faults").isArray());
        assertTrue(health.path("framesIn").asLong() > 0);
        assertFalse(health.has("influx"), "no InfluxDB configured: " + health);
    }

    @Test
    void createsEditsListsAndDeletesClientsAsFilesInTheDataDirectory() throws Exception {
        String body = "{\"id\":\"mia\",\"name\":\"Mia\",\"heightCm\":165,\"crownXcm\":12,\"maxAppliedKg\":25,"
                + "\"zoneFactors\":{\"LOWER_BACK\":0.4},\"notes\":\"sore calves\"}";
        HttpResponse<String> created = server.send("POST", "/api/clients", body);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(409, server.send("POST", "/api/clients", body).statusCode());
        Path file = data.resolve("clients/mia.yaml");
        assertTrue(Files.isRegularFile(file));
        assertEquals(0.4, ConfigReader.readClient(file).zoneFactors().values().iterator().next(), 1e-9);

        HttpResponse<String> edited = server.send("PUT", "/api/clients/mia",
                "{\"name\":\"Mia K\",\"heightCm\":166,\"crownXcm\":12,\"maxFraction\":0.3}");
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("Mia K", ConfigReader.readClient(file).name());
        assertEquals("Mia K", json(server.get("/api/clients/mia")).path("name").asText());
        assertTrue(json(server.get("/api/clients")).path("clients").toString().contains("\"mia\""));

        assertEquals(204, server.send("DELETE", "/api/clients/mia", null).statusCode());
        assertFalse(Files.exists(file));
        assertEquals(404, server.get("/api/clients/mia").statusCode());
    }

    @Test
    void refusesBadBodiesWith400NamingTheField() throws Exception {
        assertField("POST", "/api/clients", "{\"id\":\"x\",\"heightCm\":20,\"crownXcm\":0,\"maxAppliedKg\":20}", "heightCm");
        assertField("POST", "/api/clients", "{\"heightCm\":170,\"crownXcm\":0,\"maxAppliedKg\":20}", "id");
        assertField("POST", "/api/clients", "{\"id\":\"../etc\",\"heightCm\":170,\"crownXcm\":0,\"maxAppliedKg\":20}", "id");
        assertField("POST", "/api/clients", "{\"id\":\"x\",\"heightCm\":170,\"crownXcm\":0,\"maxAppliedKg\":\"lots\"}", "maxAppliedKg");
        assertField("POST", "/api/clients", "{\"id\":\"x\",\"heightCm\":170,\"crownXcm\":0,\"maxAppliedKg\":20,\"zoneFactors\":{\"ELBOW\":1}}", "zoneFactors.ELBOW");
        assertField("POST", "/api/clients", "{\"id\":\"x\",\"heightCm\":170,\"crownXcm\":0}", "maxAppliedKg");
        assertField("POST", "/api/clients", "{not json", "body");
        assertField("POST", "/api/practitioners", "{\"id\":\"p\",\"weightKg\":5}", "weightKg");
        server.send("POST", "/api/practitioners", "{\"id\":\"lee\",\"weightKg\":60}");
        assertField("PUT", "/api/practitioners/lee", "{\"id\":\"someone-else\"}", "id");
        assertField("POST", "/api/session/start", "{\"practitionerId\":\"ken\"}", "clientId");
        assertField("POST", "/api/session/start", "{\"clientId\":\"nobody\",\"practitionerId\":\"ken\"}", "clientId");
        assertField("POST", "/api/alarms/abc/ack", null, "id");
        assertField("POST", "/api/calibration/head-left/loaded", "{\"weightKg\":-2}", "weightKg");
    }

    @Test
    void startsAndStopsASessionAndStreamsItsEvents() throws Exception {
        assertEquals(201, server.send("POST", "/api/clients",
                "{\"id\":\"ola\",\"heightCm\":180,\"crownXcm\":10,\"maxAppliedKg\":35}").statusCode());
        assertEquals(201, server.send("POST", "/api/practitioners", "{\"id\":\"sam\",\"name\":\"Sam\",\"weightKg\":80}").statusCode());
        try (LiveSocket live = server.openLive()) {
            live.await(ofType("context"), 5, "first context");
            HttpResponse<String> started = server.send("POST", "/api/session/start",
                    "{\"clientId\":\"ola\",\"practitionerId\":\"sam\"}");
            assertEquals(200, started.statusCode(), started.body());
            JsonNode session = json(started);
            assertTrue(session.path("running").asBoolean());
            String id = session.path("sessionId").asText();
            live.await(m -> ofType("event").test(m) && m.path("event").path("text").asText().contains(id + " started"), 5,
                    "session started event");
            JsonNode context = live.await(m -> ofType("context").test(m) && m.path("client").path("id").asText().equals("ola"),
                    5, "context with the new client");
            assertEquals(id, context.path("sessionId").asText());

            JsonNode stopped = json(server.send("POST", "/api/session/stop", null));
            assertFalse(stopped.path("running").asBoolean());
            assertTrue(stopped.path("events").toString().contains("stopped"));
        } finally {
            server.send("POST", "/api/session/start", "{\"clientId\":\"ola\",\"practitionerId\":\"sam\"}");
        }
    }

    @Test
    void refusesChangesFromAnotherSitesPage() throws Exception {
        HttpResponse<String> response = server.send("POST", "/api/tare", null, "Origin", "http://evil.example");
        assertEquals(403, response.statusCode());
    }

    @Test
    void refusesTheLiveStreamToAnotherSitesPage() throws Exception {
        CompletableFuture<WebSocket> attempt = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", "http://evil.example")
                .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/ws/live"), new WebSocket.Listener() { });
        ExecutionException refused = assertThrows(ExecutionException.class, () -> attempt.get(10, TimeUnit.SECONDS));
        assertEquals(403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
    }

    @Test
    void servesTheLivePageAndChartJsFromTheWebJar() throws Exception {
        HttpResponse<String> page = server.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/webjars/chart.js/4.5.1/dist/chart.umd.min.js"));
        HttpResponse<String> chart = server.get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js");
        assertEquals(200, chart.statusCode());
        assertTrue(chart.body().length() > 100_000);
    }

    private static boolean hasAlarm(JsonNode update, long id, boolean acknowledged) {
        for (JsonNode alarm : update.path("alarms")) {
            if (alarm.path("id").asLong() == id && alarm.path("acknowledged").asBoolean() == acknowledged) {
                return true;
            }
        }
        return false;
    }

    private static void assertField(String method, String path, String body, String field) throws Exception {
        HttpResponse<String> response = server.send(method, path, body);
        assertEquals(400, response.statusCode(), method + " " + path + " " + body + " -> " + response.body());
        assertEquals(field, json(response).path("field").asText(), response.body());
        assertFalse(json(response).path("error").asText().isBlank());
    }

    @Test
    void refusesARequestForAnotherHostNameWithoutAPasswordAgainstDnsRebinding() throws Exception {
        assertEquals(403, rawStatus("POST", "/api/tare", "evil.example:" + server.port(), "http://evil.example:" + server.port()));
        assertEquals(403, rawStatus("GET", "/api/clients", "evil.example:" + server.port(), null));
        assertEquals(200, rawStatus("GET", "/api/state", "localhost:" + server.port(), null));
        assertEquals(200, rawStatus("GET", "/api/state", "127.0.0.1:" + server.port(), null));
    }

    /** One HTTP/1.1 request over a plain socket, so the Host header can be anything; returns the status. */
    private static int rawStatus(String method, String path, String host, String origin) throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            String request = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void refusesAMisspeltProfileFieldInsteadOfDroppingALimit() throws Exception {
        var response = server.send("POST", "/api/clients", "{\"id\":\"typo\",\"heightCm\":170,\"crownXcm\":5,"
                + "\"maxAppliedKg\":40,\"maxfraction\":0.3}");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("maxfraction", json(response).path("field").asText(), response.body());
        assertEquals(404, server.get("/api/clients/typo").statusCode());
    }
}
