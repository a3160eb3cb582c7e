package dev.ashiatsu.dashboard.web;

import static dev.ashiatsu.dashboard.fixtures.RunningDashboard.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles through the real server: the same refusals as for files (unknown fields with the nearest
 * name, ranges), strict JSON, no blanking by an empty body, and a stored file with a bad field never
 * usable for monitoring.
 */
class ProfileApiTest {

    @TempDir
    static Path data;
    static RunningDashboard server;

    @BeforeAll
    static void start() throws Exception {
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, t -> TestTable.looping(t, 3000, 45, 9000));
        server = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(), TestTable.practitioner(), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode refused(String method, String path, String body, String field) throws Exception {
        HttpResponse<String> response = server.send(method, path, body);
        assertEquals(400, response.statusCode(), method + " " + path + " " + body + " -> " + response.body());
        JsonNode error = json(response);
        assertEquals(field, error.path("field").asText(), response.body());
        return error;
    }

    @Test
    void aMisspeltLimitIsRefusedWithTheNearestFieldName() throws Exception {
        JsonNode error = refused("POST", "/api/clients", "{\"id\":\"typo\",\"heightCm\":170,\"crownXcm\":5,"
                + "\"maxAppliedKg\":40,\"maxfraction\":0.3}", "maxfraction");
        assertTrue(error.path("error").asText().startsWith("maxfraction: is not a known field; did you mean maxFraction?"),
                error.toString());
        assertEquals(404, server.get("/api/clients/typo").statusCode());
    }

    @Test
    void numbersOutOfTheirPhysicalRangeAreRefusedNamingFieldAndRange() throws Exception {
        JsonNode crown = refused("POST", "/api/clients", "{\"id\":\"far\",\"heightCm\":170,\"crownXcm\":800,"
                + "\"maxAppliedKg\":40}", "crownXcm");
        assertEquals("crownXcm: must be in [-50, 450] cm, was 800", crown.path("error").asText());
        JsonNode factor = refused("POST", "/api/clients", "{\"id\":\"far\",\"heightCm\":170,\"crownXcm\":5,"
                + "\"maxAppliedKg\":40,\"zoneFactors\":{\"KNEE\":7}}", "zoneFactors.KNEE");
        assertEquals("zoneFactors.KNEE: must be in [0, 2], was 7", factor.path("error").asText());
        refused("POST", "/api/practitioners", "{\"id\":\"light\",\"weightKg\":1e308}", "weightKg");
    }

    @Test
    void aKeyGivenTwiceOrTextAfterTheObjectIsRefused() throws Exception {
        JsonNode twice = refused("POST", "/api/clients", "{\"id\":\"dup\",\"heightCm\":170,\"crownXcm\":5,"
                + "\"maxAppliedKg\":40,\"maxAppliedKg\":400}", "body");
        assertTrue(twice.path("error").asText().contains("Duplicate field 'maxAppliedKg'"), twice.toString());
        refused("POST", "/api/practitioners", "{\"id\":\"tail\",\"weightKg\":70} {\"weightKg\":20}", "body");
        assertEquals(404, server.get("/api/clients/dup").statusCode());
        assertEquals(404, server.get("/api/practitioners/tail").statusCode());
    }

    @Test
    void anEmptyPutNeverBlanksAPractitioner() throws Exception {
        assertEquals(201, server.send("POST", "/api/practitioners", "{\"id\":\"kim\",\"name\":\"Kim\",\"weightKg\":61}").statusCode());

        JsonNode empty = refused("PUT", "/api/practitioners/kim", "", "body");
        assertEquals("body: PUT /api/practitioners/kim needs a JSON object with the fields; the body is empty",
                empty.path("error").asText());
        refused("PUT", "/api/practitioners/kim", "{}", "body");

        JsonNode kim = json(server.get("/api/practitioners/kim"));
        assertEquals("Kim", kim.path("name").asText());
        assertEquals(61, kim.path("weightKg").asDouble());
    }

    @Test
    void aStoredProfileWithAMisspeltLimitIsListedAsAProblemAndNeverUsed() throws Exception {
        Files.createDirectories(data.resolve("clients"));
        Path file = Files.writeString(data.resolve("clients/bad.yaml"),
                "id: bad\nheightCm: 170\ncrownXcm: 5\nmaxAppliedKg: 40\nmaxfraction: 0.6\n");

        JsonNode list = json(server.get("/api/clients"));
        for (JsonNode client : list.path("clients")) {
            assertTrue(!client.path("id").asText().equals("bad"), "a refused profile must not be listed: " + list);
        }
        String problems = list.path("problems").toString();
        assertTrue(problems.contains(file + ": maxfraction: is not a known field; did you mean maxFraction?"), problems);

        HttpResponse<String> get = server.get("/api/clients/bad");
        assertEquals(409, get.statusCode(), get.body());
        assertTrue(json(get).path("error").asText().contains("maxfraction"), get.body());
        HttpResponse<String> session = server.send("POST", "/api/session/start", "{\"clientId\":\"bad\",\"practitionerId\":\"ken\"}");
        assertEquals(409, session.statusCode(), session.body());
        assertTrue(json(session).path("error").asText().contains("maxfraction"), session.body());

        HttpResponse<String> fixed = server.send("PUT", "/api/clients/bad",
                "{\"heightCm\":170,\"crownXcm\":5,\"maxAppliedKg\":40,\"maxFraction\":0.6}");
        assertEquals(200, fixed.statusCode(), fixed.body());
        assertEquals(0.6, json(server.get("/api/clients/bad")).path("maxFraction").asDouble());
    }

    @Test
    void aClientWhoseCrownIsOffThisTableCannotStartASessionAndTheRunningOneGoesOn() throws Exception {
        assertEquals(201, server.send("POST", "/api/clients",
                "{\"id\":\"beyond\",\"heightCm\":170,\"crownXcm\":260,\"maxAppliedKg\":40}").statusCode());
        assertEquals(201, server.send("POST", "/api/clients",
                "{\"id\":\"near\",\"heightCm\":170,\"crownXcm\":5,\"maxAppliedKg\":40}").statusCode());
        assertEquals(201, server.send("POST", "/api/practitioners", "{\"id\":\"sol\",\"weightKg\":70}").statusCode());
        HttpResponse<String> running = server.send("POST", "/api/session/start", "{\"clientId\":\"near\",\"practitionerId\":\"sol\"}");
        assertEquals(200, running.statusCode(), running.body());
        String runningId = json(running).path("sessionId").asText();

        HttpResponse<String> session = server.send("POST", "/api/session/start", "{\"clientId\":\"beyond\",\"practitionerId\":\"sol\"}");

        assertEquals(409, session.statusCode(), session.body());
        assertEquals("crownXcm: must be in [-50, 250] cm on a 200 cm long table, was 260", json(session).path("error").asText());
        JsonNode after = json(server.get("/api/session"));
        assertTrue(after.path("running").asBoolean(), "a refused start must not end the running session: " + after);
        assertEquals(runningId, after.path("sessionId").asText());
        assertEquals("near", after.path("client").path("id").asText());
        assertEquals(200, server.send("POST", "/api/session/stop", "").statusCode());
    }
}
