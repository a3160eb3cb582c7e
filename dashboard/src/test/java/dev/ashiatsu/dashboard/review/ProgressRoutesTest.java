package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.dashboard.review.RecordedSessions.Recorded;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/practitioners/{id}/progress} on a real server over three recorded sessions of one
 * practitioner, a student getting gentler day by day: each point is its session's list entry, the
 * peak's trend goes down.
 */
class ProgressRoutesTest {

    private static final long DAY = 86_400_000L;

    @TempDir
    Path sessions;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ReviewServer server;
    private List<Recorded> recorded;

    @BeforeEach
    void start() {
        server = new ReviewServer(sessions);
        recorded = List.of(
                RecordedSessions.record(server.store, 65_000, RecordedSessions.STARTED_AT, 1.3),
                RecordedSessions.record(server.store, 65_000, RecordedSessions.STARTED_AT + DAY, 1.15),
                RecordedSessions.record(server.store, 65_000, RecordedSessions.STARTED_AT + 2 * DAY, 1.0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void eachPointIsASessionsSummaryOldestFirst() throws Exception {
        JsonNode progress = get("/api/practitioners/pract-b/progress", 200);
        assertEquals("pract-b", progress.get("practitionerId").asText());
        assertEquals("Practitioner B", progress.get("practitionerName").asText());
        JsonNode points = progress.get("sessions");
        assertEquals(3, points.size());
        JsonNode list = get("/api/sessions", 200);
        for (int i = 0; i < 3; i++) {
            JsonNode point = points.get(i);
            JsonNode entry = list.get(2 - i);
            assertEquals(recorded.get(i).id(), point.get("id").asText(), "oldest first");
            assertEquals(entry.get("peakAppliedKg").asDouble(), point.get("peakAppliedKg").asDouble(), 1e-9);
            assertEquals(entry.get("secondsOverLimit").asDouble(), point.get("secondsOverLimit").asDouble(), 1e-9);
            assertEquals(entry.get("alarmCount").asInt() * 3600 / entry.get("durationS").asDouble(),
                    point.get("alarmsPerHour").asDouble(), 0.01);
            assertTrue(point.get("inBandPercent").isNull(), point.toString());
            assertEquals(entry.get("strokeSmoothness").asDouble(), point.get("strokeSmoothness").asDouble(), 1e-9);
            assertEquals(recorded.get(i).sim().scriptedStrokes(65_000).size(), entry.get("strokeCount").asInt(), entry.toString());
        }
        double firstPeak = points.get(0).get("peakAppliedKg").asDouble();
        double lastPeak = points.get(2).get("peakAppliedKg").asDouble();
        assertTrue(lastPeak < firstPeak, "the student got gentler: " + firstPeak + " then " + lastPeak);
        JsonNode peakTrend = progress.get("trends").get("peakAppliedKg");
        assertEquals(3, peakTrend.get("sessions").asInt());
        assertTrue(peakTrend.get("perSession").asDouble() < 0, peakTrend.toString());
        assertEquals(3, progress.get("trends").get("strokeSmoothness").get("sessions").asInt());
    }

    @Test
    void filtersByClientAndTimeAsTheList() throws Exception {
        assertEquals(2, get("/api/practitioners/pract-b/progress?from=" + (RecordedSessions.STARTED_AT + 1), 200)
                .get("sessions").size());
        assertEquals(1, get("/api/practitioners/pract-b/progress?from=" + RecordedSessions.STARTED_AT + "&to="
                + (RecordedSessions.STARTED_AT + DAY), 200).get("sessions").size());
        assertEquals(0, get("/api/practitioners/pract-b/progress?clientId=someone-else", 200).get("sessions").size());
        JsonNode nobody = get("/api/practitioners/new-student/progress", 200);
        assertEquals(0, nobody.get("sessions").size());
        assertTrue(nobody.get("practitionerName").isNull());
    }

    @Test
    void aBadIdOrTimeIsA400NamingIt() throws Exception {
        JsonNode badId = get("/api/practitioners/not%20an%20id/progress", 400);
        assertEquals("id", badId.get("field").asText());
        assertTrue(badId.get("error").asText().contains("a practitioner id is 1 to 64 letters"), badId.toString());
        JsonNode badFrom = get("/api/practitioners/pract-b/progress?from=yesterday", 400);
        assertEquals("from", badFrom.get("field").asText());
        assertTrue(badFrom.get("error").asText().contains("from: must be a whole number, was 'yesterday'"), badFrom.toString());
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), path + ": " + response.body());
        return json.readTree(response.body());
    }
}
