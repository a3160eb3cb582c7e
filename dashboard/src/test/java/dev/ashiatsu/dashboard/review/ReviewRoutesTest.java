package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.dashboard.review.RecordedSessions.Recorded;
import dev.ashiatsu.dashboard.stream.LiveUpdate;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review routes on a real Javalin server on a free port, over a recorded simulated session. */
class ReviewRoutesTest {

    @TempDir
    Path sessions;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ReviewServer server;
    private Recorded recorded;

    @BeforeEach
    void start() {
        server = new ReviewServer(sessions);
        recorded = RecordedSessions.record(server.store, 40_000, RecordedSessions.STARTED_AT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listsSessionsWithWhoWhenAndTheirFigures() throws Exception {
        JsonNode list = get("/api/sessions", 200);
        assertEquals(1, list.size());
        JsonNode s = list.get(0);
        assertEquals(recorded.id(), s.get("id").asText());
        assertEquals("client-a", s.get("clientId").asText());
        assertEquals("pract-b", s.get("practitionerId").asText());
        assertEquals(RecordedSessions.STARTED_AT, s.get("startedAt").asLong());
        assertEquals(40.0, s.get("durationS").asDouble(), 0.02);
        assertEquals(recorded.sim().monitor.statistics().peakAppliedKg(), s.get("peakAppliedKg").asDouble(), 0.01);
        assertEquals(recorded.sim().alarms.stream().mapToLong(AlarmEvent::id).distinct().count(), s.get("alarmCount").asLong());
        assertEquals(0, get("/api/sessions?clientId=someone-else", 200).size());
    }

    @Test
    void seriesAreReducedToThePointsAskedAndKeepEveryPeak() throws Exception {
        JsonNode series = get("/api/sessions/" + recorded.id() + "/series?points=300", 200);
        assertEquals(300, series.get("t").size());
        double highest = 0;
        for (JsonNode max : series.get("appliedMax")) {
            highest = Math.max(highest, max.asDouble());
        }
        assertEquals(recorded.sim().monitor.statistics().peakAppliedKg(), highest, 0.01, "the peak survives reduction");
        JsonNode zoomed = get("/api/sessions/" + recorded.id() + "/series?from=10000&to=12000&points=1000", 200);
        assertEquals(160, zoomed.get("frames").asInt(), "2 s at 80 Hz");
        assertEquals(160, zoomed.get("t").size(), "never more buckets than frames");
    }

    @Test
    void replayGivesLiveShapedUpdatesAtTheRateAsked() throws Exception {
        JsonNode replay = get("/api/sessions/" + recorded.id() + "/replay?from=20000&to=25000&rate=10", 200);
        JsonNode updates = replay.get("updates");
        assertEquals(50, updates.size());
        JsonNode u = updates.get(0);
        assertEquals("update", u.get("type").asText());
        assertEquals(20000.0, u.get("tMs").asDouble());
        assertEquals(8, u.get("cells").size());
        assertTrue(u.has("appliedKg") && u.has("limitKg") && u.has("zone") && u.has("phase") && u.has("alarms"));
        AlarmEvent noGo = recorded.sim().alarms.stream().filter(a -> a.type() == dev.ashiatsu.core.alarm.AlarmType.NO_GO_ZONE
                && a.endMs() != null).findFirst().orElseThrow();
        JsonNode during = get("/api/sessions/" + recorded.id() + "/replay?from=" + (noGo.startMs() + 100) + "&to="
                + (noGo.startMs() + 200) + "&rate=80", 200).get("updates").get(0).get("alarms");
        assertEquals(1, during.size(), "the alarm active then: " + during);
        assertEquals("NO_GO_ZONE", during.get(0).get("type").asText());
        assertTrue(during.get(0).get("active").asBoolean(), "shown as it was then: active");
        assertTrue(during.get(0).get("endMs").isNull());
    }

    @Test
    void replaySendsTheLiveStreamsOwnUpdateAndContextFields() throws Exception {
        JsonNode chunk = get("/api/sessions/" + recorded.id() + "/replay?from=20000&to=30000&rate=20", 200);
        Set<String> liveFields = Arrays.stream(LiveUpdate.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        Set<String> replayFields = new HashSet<>();
        chunk.get("updates").get(0).fieldNames().forEachRemaining(replayFields::add);
        assertEquals(liveFields, replayFields, "a replayed update has exactly the live update's fields");

        JsonNode loaded = null;
        for (JsonNode u : chunk.get("updates")) {
            if (u.get("phase").asText().equals("LOADED") && u.get("limitKg").isNumber()) {
                loaded = u;
                break;
            }
        }
        assertTrue(loaded != null, "a loaded frame between 20 and 30 s");
        assertEquals(loaded.get("tableKg").asDouble() - loaded.get("appliedKg").asDouble(),
                loaded.get("baselineKg").asDouble(), 0.01, "C = T - A in a loaded frame");
        double firstMs = get("/api/sessions/" + recorded.id(), 200).get("firstMs").asDouble();
        assertEquals(RecordedSessions.STARTED_AT * 1000 + (loaded.get("tMs").asDouble() - firstMs) * 1000,
                loaded.get("frameEpochUs").asDouble(), 1, "the session's start plus the frame's time since the first");
        assertEquals(0.9 * loaded.get("limitKg").asDouble(), loaded.get("approachKg").asDouble(), 0.001);
        assertTrue(Set.of("NORMAL", "APPROACHING", "OVER", "NO_GO").contains(loaded.get("status").asText()), loaded.toString());
        assertEquals("table", loaded.get("cells").get(0).get("role").asText(), "roles spelt as in a table file");

        JsonNode context = chunk.get("context");
        assertEquals("context", context.get("type").asText());
        assertEquals(recorded.id(), context.get("sessionId").asText());
        assertEquals("table", context.get("table").get("cells").get(0).get("role").asText());
        assertEquals(9, context.get("zones").size());
        assertEquals("table", get("/api/sessions/" + recorded.id(), 200).get("table").get("cells").get(0).get("role").asText(),
                "the session body spells roles the same way");
    }

    @Test
    void replayJudgesAFrameInANoGoZoneAsNoGoNotAsALimitOfZero() throws Exception {
        AlarmEvent noGo = recorded.sim().alarms.stream().filter(a -> a.type() == dev.ashiatsu.core.alarm.AlarmType.NO_GO_ZONE)
                .findFirst().orElseThrow();
        JsonNode u = get("/api/sessions/" + recorded.id() + "/replay?from=" + (noGo.startMs() + 50) + "&to="
                + (noGo.startMs() + 100) + "&rate=80", 200).get("updates").get(0);
        assertEquals(noGo.zone().name(), u.get("zone").asText());
        assertEquals("NO_GO", u.get("status").asText(), u.toString());
        assertEquals(0.0, u.get("zoneFactor").asDouble());
        JsonNode zoneStats = get("/api/sessions/" + recorded.id(), 200).get("statistics").get("zones").get(noGo.zone().name());
        assertEquals("NO_GO", zoneStats.get("worstStatus").asText(), "the body map's colour comes from the server");
    }

    @Test
    void notesArePinnedAndShownInTheSession() throws Exception {
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/sessions/"
                        + recorded.id() + "/notes")).POST(HttpRequest.BodyPublishers.ofString("{\"tMs\": 15000, \"text\": \"heel too close to the knee\"}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, posted.statusCode(), posted.body());
        JsonNode notes = get("/api/sessions/" + recorded.id(), 200).get("notes");
        assertEquals(2, notes.size());
        assertEquals("heel too close to the knee", notes.get(1).get("text").asText());
        assertEquals(15000.0, notes.get(1).get("tMs").asDouble());
    }

    @Test
    void aDiscomfortNoteKeepsItsKindAndAPlainNoteHasNone() throws Exception {
        HttpResponse<String> posted = post("/api/sessions/" + recorded.id() + "/notes",
                "{\"tMs\":15000,\"text\":\"winced\",\"kind\":\"discomfort\"}");
        assertEquals(201, posted.statusCode(), posted.body());
        assertEquals("discomfort", json.readTree(posted.body()).path("kind").asText());
        JsonNode notes = get("/api/sessions/" + recorded.id(), 200).path("notes");
        assertEquals("discomfort", notes.get(1).path("kind").asText(), notes.toString());
        assertTrue(notes.get(0).path("kind").isNull(), "the fixture's plain note has no kind: " + notes);
    }

    @Test
    void aNoteOfAnyOtherKindIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> refused = post("/api/sessions/" + recorded.id() + "/notes",
                "{\"tMs\":15000,\"text\":\"x\",\"kind\":\"pain\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("kind", json.readTree(refused.body()).path("field").asText());
    }

    @Test
    void aMisspeltKindIsRefusedRatherThanMakingADiscomfortNotePlain() throws Exception {
        HttpResponse<String> refused = post("/api/sessions/" + recorded.id() + "/notes",
                "{\"tMs\":15000,\"text\":\"winced\",\"knd\":\"discomfort\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("knd", json.readTree(refused.body()).path("field").asText());
        assertEquals(1, get("/api/sessions/" + recorded.id(), 200).path("notes").size(), "nothing written");
    }

    @Test
    void theSessionPageDataHoldsAlarmsStatisticsAndZones() throws Exception {
        JsonNode detail = get("/api/sessions/" + recorded.id(), 200);
        assertEquals(recorded.sim().alarms.stream().mapToLong(AlarmEvent::id).distinct().count(), detail.get("alarms").size());
        assertTrue(detail.get("statistics").get("zones").has("THIGH"));
        assertEquals(9, detail.get("zones").size());
        assertEquals(8, detail.get("table").get("cells").size());
    }

    @Test
    void exportDownloadsTheRecordingCsv() throws Exception {
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/sessions/"
                + recorded.id() + "/export?format=csv")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(recorded.id() + ".csv"));
        assertTrue(csv.body().contains("\nt_ms,T1,T2,T3,T4,T5,T6,B1,B2\n0,"), csv.body().substring(0, 300));
    }

    @Test
    void badRequestsSayWhatIsWrong() throws Exception {
        assertEquals("no session '20991231-000000-ffff'", get("/api/sessions/20991231-000000-ffff", 404).get("error").asText());
        assertEquals(404, status("/api/sessions/..%2F..%2Fetc"));
        var points = get("/api/sessions/" + recorded.id() + "/series?points=abc", 400);
        assertEquals("points", points.get("field").asText());
        assertTrue(points.get("error").asText().contains("points: must be a whole number, was 'abc'"), points.toString());
        var wrapped = get("/api/sessions/" + recorded.id() + "/series?points=4294967297", 400);
        assertTrue(wrapped.get("error").asText().contains("points: must be between 1 and 20000, was 4294967297"),
                wrapped.toString());
        var order = get("/api/sessions/" + recorded.id() + "/series?from=5000&to=1000", 400);
        assertEquals("to", order.get("field").asText());
        assertTrue(order.get("error").asText().contains("to: must be after 'from'"), order.toString());
        var note = post("/api/sessions/" + recorded.id() + "/notes", "{\"tMs\":\"a\",\"text\":\"x\"}");
        assertEquals(400, note.statusCode(), note.body());
        assertTrue(note.body().contains("\"field\":\"tMs\""), note.body());
        assertTrue(get("/api/sessions/" + recorded.id() + "/export?format=xml", 400).get("error").asText()
                .contains("format must be 'csv', 'capture' or 'strokes'"));
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), path + ": " + response.body());
        return json.readTree(response.body());
    }

    private int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
