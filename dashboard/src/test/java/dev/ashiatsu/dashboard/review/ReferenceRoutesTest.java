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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reference sessions and the side-by-side comparison on a real server: an instructor's session marked
 * as the reference (a reserved journal note), a student's compared with it, the mark withdrawn.
 */
class ReferenceRoutesTest {

    @TempDir
    Path sessions;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ReviewServer server;
    private Recorded instructor;
    private Recorded student;

    @BeforeEach
    void start() {
        server = new ReviewServer(sessions);
        instructor = RecordedSessions.record(server.store, 50_000, RecordedSessions.STARTED_AT, 1.0);
        student = RecordedSessions.record(server.store, 60_000, RecordedSessions.STARTED_AT + 86_400_000, 1.2);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aMarkedSessionIsAReferenceUntilWithdrawn() throws Exception {
        assertEquals(0, get("/api/references", 200).size());
        HttpResponse<String> marked = send("PUT", "/api/sessions/" + instructor.id() + "/reference", "{\"label\": \"Back sequence, Anna\"}");
        assertEquals(201, marked.statusCode(), marked.body());

        JsonNode references = get("/api/references", 200);
        assertEquals(1, references.size());
        assertEquals(instructor.id(), references.get(0).get("summary").get("id").asText());
        assertEquals("Back sequence, Anna", references.get(0).get("reference").get("label").asText());
        assertEquals("Back sequence, Anna", get("/api/sessions/" + instructor.id(), 200).get("reference").get("label").asText());
        assertTrue(get("/api/sessions/" + student.id(), 200).get("reference").isNull());

        assertEquals(201, send("DELETE", "/api/sessions/" + instructor.id() + "/reference", "").statusCode());
        assertEquals(0, get("/api/references", 200).size(), "withdrawn");
        assertTrue(get("/api/sessions/" + instructor.id(), 200).get("reference").isNull());
        HttpResponse<String> again = send("DELETE", "/api/sessions/" + instructor.id() + "/reference", "");
        assertEquals(404, again.statusCode(), again.body());
        assertTrue(again.body().contains("is not a reference"), again.body());
    }

    @Test
    void aTrainersNoteCannotPassForAMark() throws Exception {
        HttpResponse<String> note = send("POST", "/api/sessions/" + instructor.id() + "/notes",
                "{\"tMs\": 1000, \"text\": \"[Reference] sneaky\"}");
        assertEquals(400, note.statusCode(), note.body());
        assertTrue(note.body().contains("\"field\":\"text\"") && note.body().contains("marks reference sessions"), note.body());
        assertEquals(0, get("/api/references", 200).size());
        HttpResponse<String> unknown = send("PUT", "/api/sessions/" + instructor.id() + "/reference", "{\"lable\": \"x\"}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("lable: is not a known field (known: label)"), unknown.body());
    }

    @Test
    void aSessionIsComparedWithTheReferenceZoneByZone() throws Exception {
        JsonNode comparison = get("/api/sessions/" + student.id() + "/compare?with=" + instructor.id(), 200);
        JsonNode s = get("/api/sessions/" + student.id(), 200);
        JsonNode r = get("/api/sessions/" + instructor.id(), 200);
        assertEquals(student.id(), comparison.get("session").get("summary").get("id").asText());
        assertEquals(instructor.id(), comparison.get("reference").get("summary").get("id").asText());
        assertEquals(s.get("statistics").get("peakAppliedKg").asDouble() - r.get("statistics").get("peakAppliedKg").asDouble(),
                comparison.get("difference").get("peakAppliedKg").asDouble(), 1e-9);
        assertEquals(s.get("alarms").size() - r.get("alarms").size(), comparison.get("difference").get("alarmCount").asInt());
        assertEquals(s.get("alarms").size(), comparison.get("session").get("alarms").size(), "the student's alarms");
        assertEquals(r.get("alarms").size(), comparison.get("reference").get("alarms").size(), "the reference's alarms");

        JsonNode thigh = null;
        for (JsonNode zone : comparison.get("zones")) {
            if (zone.get("zone").asText().equals("THIGH")) {
                thigh = zone;
            }
        }
        assertTrue(thigh != null, comparison.get("zones").toString());
        JsonNode studentThigh = s.get("statistics").get("zones").get("THIGH");
        JsonNode referenceThigh = r.get("statistics").get("zones").get("THIGH");
        assertEquals(studentThigh.get("peakKg").asDouble(), thigh.get("session").get("peakKg").asDouble(), 1e-9);
        assertEquals(referenceThigh.get("peakKg").asDouble(), thigh.get("reference").get("peakKg").asDouble(), 1e-9);
        assertEquals(studentThigh.get("seconds").asDouble() - referenceThigh.get("seconds").asDouble(),
                thigh.get("difference").get("seconds").asDouble(), 1e-9);
        assertEquals(studentThigh.get("dose").get("impulseKgS").asDouble() - referenceThigh.get("dose").get("impulseKgS").asDouble(),
                thigh.get("difference").get("impulseKgS").asDouble(), 0.011);
        assertEquals(studentThigh.get("dose").get("overLimitS").asDouble() - referenceThigh.get("dose").get("overLimitS").asDouble(),
                thigh.get("difference").get("overLimitS").asDouble(), 0.0011);
        JsonNode strokes = comparison.get("strokes");
        assertEquals(s.get("strokes").size(), strokes.get("session").get("count").asInt());
        assertEquals(r.get("strokes").size(), strokes.get("reference").get("count").asInt());
        assertEquals(s.get("strokes").size() - r.get("strokes").size(), strokes.get("difference").get("count").asInt());
        assertEquals(mean(s.get("strokes"), "peakKg") - mean(r.get("strokes"), "peakKg"),
                strokes.get("difference").get("meanPeakKg").asDouble(), 0.02);
        assertTrue(strokes.get("difference").get("meanPeakKg").asDouble() > 0, "the student presses harder (x1.2): " + strokes);
        for (String figure : new String[] {"meanImpulseKgS", "meanTimeToPeakMs", "meanLoadingRateKgPerS", "meanExtraPeaks"}) {
            assertTrue(strokes.get("session").get(figure).isNumber() && strokes.get("difference").get(figure).isNumber(),
                    figure + ": " + strokes);
        }
    }

    private static double mean(JsonNode strokes, String field) {
        double sum = 0;
        for (JsonNode stroke : strokes) {
            sum += stroke.get(field).asDouble();
        }
        return sum / strokes.size();
    }

    @Test
    void theCurvesAreAlignedAtTheFirstLoadedFrame() throws Exception {
        JsonNode side = get("/api/sessions/" + student.id() + "/compare?with=" + instructor.id(), 200).get("session");
        double align = side.get("alignMs").asDouble();
        assertTrue(align > side.get("firstMs").asDouble(), "the client lies down before the first stroke: " + side);
        JsonNode updates = get("/api/sessions/" + student.id() + "/replay?from=" + side.get("firstMs").asDouble() + "&to="
                + (align + 100) + "&rate=80", 200).get("updates");
        for (JsonNode u : updates) {
            boolean loaded = u.get("phase").asText().equals("LOADED");
            assertEquals(u.get("tMs").asDouble() >= align, loaded, "LOADED from the alignment on, not before: " + u.get("tMs"));
        }
    }

    @Test
    void aComparisonNamesWhatIsMissing() throws Exception {
        JsonNode noWith = get("/api/sessions/" + student.id() + "/compare", 400);
        assertEquals("with", noWith.get("field").asText());
        assertTrue(get("/api/sessions/" + student.id() + "/compare?with=20991231-000000-ffff", 404).get("error").asText()
                .contains("no session '20991231-000000-ffff' to compare with"));
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = send("GET", path, null);
        assertEquals(expectedStatus, response.statusCode(), path + ": " + response.body());
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
