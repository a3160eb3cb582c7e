package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ashiatsu.dashboard.review.RecordedSessions.Recorded;
import dev.ashiatsu.recorder.SimulatedSession.ScriptedStroke;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.recorder.journal.SessionSummary;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strokes and dose per zone of a recorded session on a real server, against the strokes the session's
 * script applied ({@link dev.ashiatsu.recorder.SimulatedSession#scriptedStrokes}): 9 strokes in 65 s, one
 * each over the mid back, the thigh (46 kg, over its 42 kg limit), the lower back, the calf and the knee.
 */
class StrokeRoutesTest {

    private static final double DURATION_MS = 65_000;
    /** The fields of a stroke in analyze's report (docs/strokes.md). */
    private static final List<String> STROKE_FIELDS = List.of("startMs", "endMs", "zones", "peakKg", "peakFraction",
            "impulseKgS", "timeToPeakMs", "loadingRateKgPerS", "extraPeaks");
    private static final List<String> DOSE_FIELDS = List.of("loadedS", "impulseKgS", "approachingS", "overLimitS", "peakKg");

    @TempDir
    Path sessions;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ReviewServer server;
    private Recorded recorded;
    private List<ScriptedStroke> truth;

    @BeforeEach
    void start() {
        server = new ReviewServer(sessions);
        recorded = RecordedSessions.record(server.store, DURATION_MS, RecordedSessions.STARTED_AT);
        truth = recorded.sim().scriptedStrokes(DURATION_MS);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theSessionCarriesTheStrokesItsScriptApplied() throws Exception {
        JsonNode strokes = get("/api/sessions/" + recorded.id(), 200).get("strokes");
        assertEquals(9, truth.size(), "the script: strokes of 7 s from 4 s on");
        assertEquals(truth.size(), strokes.size(), strokes.toString());
        for (int i = 0; i < truth.size(); i++) {
            ScriptedStroke expected = truth.get(i);
            JsonNode stroke = strokes.get(i);
            assertEquals(STROKE_FIELDS, fieldNames(stroke), "a stroke as analyze writes it");
            assertEquals(expected.peakKg(), stroke.get("peakKg").asDouble(), 1.0, "peak of stroke " + i);
            assertEquals(expected.peakKg() / 70, stroke.get("peakFraction").asDouble(), 0.015, "share of P of stroke " + i);
            assertEquals(expected.impulseKgS(), stroke.get("impulseKgS").asDouble(), 0.05 * expected.impulseKgS(),
                    "impulse of stroke " + i);
            assertTrue(stroke.get("startMs").asDouble() <= expected.startMs() + 300
                    && stroke.get("endMs").asDouble() >= expected.endMs() - 300, "stroke " + i + " spans its script: " + stroke);
            assertTrue(stroke.get("endMs").asDouble() <= (i + 1 < truth.size() ? truth.get(i + 1).startMs() : DURATION_MS),
                    "stroke " + i + " ends before the next one starts: " + stroke);
        }
        assertTrue(names(strokes.get(1).get("zones")).contains("THIGH"), strokes.get(1).toString());
        assertTrue(names(strokes.get(4).get("zones")).contains("KNEE"), strokes.get(4).toString());
    }

    @Test
    void eachZoneCarriesItsDose() throws Exception {
        JsonNode statistics = get("/api/sessions/" + recorded.id(), 200).get("statistics");
        double sumImpulse = 0;
        double sumOver = 0;
        for (var zones = statistics.get("zones").fields(); zones.hasNext(); ) {
            var zone = zones.next();
            JsonNode dose = zone.getValue().get("dose");
            assertEquals(DOSE_FIELDS, fieldNames(dose), zone.getKey());
            assertEquals(zone.getValue().get("seconds").asDouble(), dose.get("loadedS").asDouble(), 0.001, zone.getKey());
            assertEquals(zone.getValue().get("peakKg").asDouble(), dose.get("peakKg").asDouble(), 0.006, zone.getKey());
            assertTrue(dose.get("approachingS").asDouble() >= dose.get("overLimitS").asDouble(), zone.getKey() + " " + dose);
            sumImpulse += dose.get("impulseKgS").asDouble();
            sumOver += dose.get("overLimitS").asDouble();
        }
        JsonNode thigh = statistics.get("zones").get("THIGH").get("dose");
        // two thigh strokes (46 kg) hold over the 42 kg limit for about 4 s each
        assertEquals(2 * 4.3, thigh.get("overLimitS").asDouble(), 1.0, thigh.toString());
        assertEquals(0, statistics.get("zones").get("CALF").get("dose").get("overLimitS").asDouble(), "20 kg on the calf");
        JsonNode session = statistics.get("dose");
        assertEquals(sumImpulse, session.get("impulseKgS").asDouble(), 0.1, "the session line is the sum of the zones");
        assertEquals(sumOver, session.get("overLimitS").asDouble(), 0.01);
        double scripted = truth.stream().mapToDouble(ScriptedStroke::impulseKgS).sum();
        assertTrue(session.get("impulseKgS").asDouble() <= scripted && session.get("impulseKgS").asDouble() > 0.9 * scripted,
                "the impulse in zones (A >= 5 kg) is most of the strokes' " + scripted + ": " + session);
        JsonNode strokeStats = statistics.get("strokes");
        assertEquals(truth.size(), strokeStats.get("count").asInt());
        assertEquals(truth.stream().mapToDouble(ScriptedStroke::peakKg).average().orElseThrow(),
                strokeStats.get("meanPeakKg").asDouble(), 1.0);
    }

    @Test
    void theListEntryCountsTheStrokesAndTheirSmoothness() throws Exception {
        JsonNode detail = get("/api/sessions/" + recorded.id(), 200);
        JsonNode entry = get("/api/sessions", 200).get(0);
        assertEquals(truth.size(), entry.get("strokeCount").asInt());
        double extra = 0;
        for (JsonNode stroke : detail.get("strokes")) {
            extra += stroke.get("extraPeaks").asInt();
        }
        assertEquals(extra / truth.size(), entry.get("strokeSmoothness").asDouble(), 0.001);
        assertEquals(entry, detail.get("summary"));
    }

    @Test
    void theStrokesExportIsACsvRowPerStrokeOfTheSessionPage() throws Exception {
        JsonNode detail = get("/api/sessions/" + recorded.id(), 200);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/sessions/"
                + recorded.id() + "/export?format=strokes")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains(recorded.id() + ".strokes.csv"));
        List<String> lines = response.body().lines().toList();
        assertEquals("stroke,start_ms,end_ms,duration_ms,zones,peak_kg,peak_fraction,impulse_kg_s,time_to_peak_ms,"
                + "loading_rate_kg_per_s,extra_peaks", lines.get(0));
        JsonNode strokes = detail.get("strokes");
        assertEquals(strokes.size(), lines.size() - 1);
        double t0 = detail.get("firstMs").asDouble();
        for (int i = 0; i < strokes.size(); i++) {
            JsonNode s = strokes.get(i);
            String[] cells = lines.get(i + 1).split(",", -1);
            assertEquals(s.get("startMs").asDouble() - t0, Double.parseDouble(cells[1]), 0.11, "from the first frame");
            assertEquals(s.get("endMs").asDouble() - t0, Double.parseDouble(cells[2]), 0.11);
            assertEquals(String.join(";", names(s.get("zones"))), cells[4]);
            assertEquals(s.get("peakKg").asDouble(), Double.parseDouble(cells[5]), 1e-9);
            assertEquals(s.get("impulseKgS").asDouble(), Double.parseDouble(cells[7]), 1e-9);
            assertEquals(s.get("extraPeaks").asInt(), Integer.parseInt(cells[10]));
        }
    }

    @Test
    void aSummarySavedBeforeStrokesWereCountedIsRebuilt() throws Exception {
        get("/api/sessions", 200);
        Path file = JournalFiles.summary(sessions, recorded.id());
        ObjectNode saved = (ObjectNode) json.readTree(file.toFile());
        assertEquals(truth.size(), saved.get("strokeCount").asInt(), "the summary file holds the count");
        saved.remove("strokeCount");
        saved.remove("strokeSmoothness");
        json.writeValue(file.toFile(), saved);
        Path journal = JournalFiles.journal(sessions, recorded.id());
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(journal).toMillis() + 60_000));
        // As at the first start of this version: the older version left no list index of this format.
        Files.deleteIfExists(sessions.resolve("list.index"));

        try (SessionStore restarted = new SessionStore(sessions)) {
            SessionSummary entry = restarted.list().get(0);
            assertEquals(truth.size(), entry.strokeCount(), "an old summary is made again: " + entry);
        }
        assertNotNull(json.readTree(file.toFile()).get("strokeCount"), "and saved again");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), path + ": " + response.body());
        return json.readTree(response.body());
    }
}
