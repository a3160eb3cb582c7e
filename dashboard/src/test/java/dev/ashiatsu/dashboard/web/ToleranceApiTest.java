package dev.ashiatsu.dashboard.web;

import static dev.ashiatsu.dashboard.fixtures.RunningDashboard.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.core.tolerance.LimitSuggester;
import dev.ashiatsu.core.tolerance.StopSource;
import dev.ashiatsu.core.tolerance.ToleranceStop;
import dev.ashiatsu.dashboard.fixtures.ClientStopJournal;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits learned from the client through the real server, over a journal recorded with a client stop: the
 * stop is listed with a suggestion, nothing changes until the therapist accepts it, the acceptance lowers the
 * profile's zone factor and is recorded, and the suggestion then goes away.
 */
class ToleranceApiTest {

    @TempDir
    Path data;
    RunningDashboard server;
    ClientStopJournal.Stop press;
    double suggested;

    @BeforeEach
    void recordAStopAndStart() throws Exception {
        press = ClientStopJournal.record(data);
        suggested = LimitSuggester.impliedFactor(new ToleranceStop(press.zone(), press.loadKg(), press.limitKg(), 1.0,
                press.sessionId(), press.tMs(), 0, StopSource.CLIENT_STOP));
        assertTrue(suggested < 1.0, "the fixture's press asks for a lower factor: " + suggested);
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, t -> TestTable.looping(t, 3000, 20, 9000));
        server = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(), TestTable.practitioner(), true);
        assertEquals(201, server.send("POST", "/api/clients", ClientStopJournal.CLIENT).statusCode());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aClientStopIsListedWithASuggestionThatChangesNothingUntilAccepted() throws Exception {
        JsonNode tolerance = json(server.get("/api/clients/client-a/tolerance"));
        JsonNode zone = tolerance.path("zones").get(0);
        assertEquals(press.zone().name(), zone.path("zone").asText(), tolerance.toString());
        JsonNode stop = zone.path("stops").get(0);
        assertEquals(press.loadKg(), stop.path("loadKg").asDouble(), 0.01, "the load at the press, as recorded");
        assertEquals(press.sessionId(), stop.path("sessionId").asText());
        assertEquals("CLIENT_STOP", stop.path("source").asText());
        assertEquals(suggested, zone.path("suggestion").path("suggestedFactor").asDouble(), 1e-9,
                "0.85 of the load over the limit, rounded down to 0.05");
        assertEquals(1.0, zone.path("suggestion").path("currentFactor").asDouble());
        assertEquals(0.85, tolerance.path("rule").path("margin").asDouble());
        assertTrue(Files.isRegularFile(data.resolve("tolerances/client-a.json")), "the tolerance is kept beside the profiles");

        assertTrue(json(server.get("/api/clients/client-a")).path("zoneFactors").path(press.zone().name()).isMissingNode(),
                "nothing changes a limit before it is accepted");

        HttpResponse<String> accepted = server.send("POST", "/api/clients/client-a/tolerance/accept",
                "{\"zone\":\"" + press.zone() + "\",\"by\":\"Ken\",\"factor\":" + suggested + "}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(suggested, json(server.get("/api/clients/client-a")).path("zoneFactors").path(press.zone().name()).asDouble());

        JsonNode after = json(server.get("/api/clients/client-a/tolerance"));
        JsonNode acceptance = after.path("acceptances").get(0);
        assertEquals("Ken", acceptance.path("acceptedBy").asText());
        assertEquals(1.0, acceptance.path("fromFactor").asDouble());
        assertEquals(suggested, acceptance.path("toFactor").asDouble());
        assertTrue(acceptance.path("acceptedEpochMs").asLong() > 0);
        assertEquals(0, after.path("suggestions").size(), "accepted: no suggestion left for a factor already that low");
        JsonNode events = json(server.get("/api/session")).path("events");
        assertTrue(events.toString().contains(press.zone() + " limit factor lowered from 1.0 to " + suggested + ", accepted by Ken"),
                events.toString());

        HttpResponse<String> again = server.send("POST", "/api/clients/client-a/tolerance/accept",
                "{\"zone\":\"" + press.zone() + "\",\"by\":\"Ken\"}");
        assertEquals(409, again.statusCode(), again.body());
    }

    @Test
    void aSuggestionThatChangedSinceItWasShownIsRefusedAndTheProfileKept() throws Exception {
        HttpResponse<String> stale = server.send("POST", "/api/clients/client-a/tolerance/accept",
                "{\"zone\":\"" + press.zone() + "\",\"by\":\"Ken\",\"factor\":" + (suggested + 0.2) + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(json(stale).path("error").asText().contains("is now " + suggested), stale.body());
        assertTrue(json(server.get("/api/clients/client-a")).path("zoneFactors").path(press.zone().name()).isMissingNode());
    }

    @Test
    void badAcceptancesAreRefusedNamingTheField() throws Exception {
        String accept = "/api/clients/client-a/tolerance/accept";
        assertEquals("zone", json(server.send("POST", accept, "{\"zone\":\"OFF_BODY\",\"by\":\"K\"}")).path("field").asText());
        assertEquals("zone", json(server.send("POST", accept, "{\"zone\":\"ELBOW\",\"by\":\"K\"}")).path("field").asText());
        assertEquals("by", json(server.send("POST", accept, "{\"zone\":\"MID_BACK\"}")).path("field").asText());
        assertEquals("limit", json(server.send("POST", accept, "{\"zone\":\"MID_BACK\",\"by\":\"K\",\"limit\":3}"))
                .path("field").asText());
        assertEquals(404, server.send("POST", "/api/clients/nobody/tolerance/accept", "{\"zone\":\"MID_BACK\",\"by\":\"K\"}")
                .statusCode());
        assertEquals(404, server.get("/api/clients/nobody/tolerance").statusCode());
    }

    @Test
    void anUnreadableToleranceFileIsAConflictAndIsLeftAsItIs() throws Exception {
        Path file = data.resolve("tolerances/client-a.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"clientId\":\"client-a\",\"stopz\":[]}");
        HttpResponse<String> answer = server.get("/api/clients/client-a/tolerance");
        assertEquals(409, answer.statusCode(), answer.body());
        assertTrue(json(answer).path("error").asText().contains("client-a.json"), answer.body());
        assertEquals("{\"clientId\":\"client-a\",\"stopz\":[]}", Files.readString(file));
        assertEquals(409, server.send("POST", "/api/clients/client-a/tolerance/accept",
                "{\"zone\":\"" + press.zone() + "\",\"by\":\"Ken\"}").statusCode());
        assertTrue(json(server.get("/api/clients/client-a")).path("zoneFactors").path(press.zone().name()).isMissingNode());
    }
}
