package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.core.band.TargetBand;
import dev.ashiatsu.core.estimate.Zone;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions recorded with a target band fill the progress page's in-band trend: a student whose loads on the
 * mid back come down into the band (35-50 % of 70 kg: 24.5-35 kg) day by day, on a real server.
 */
class ProgressInBandTest {

    private static final long DAY = 86_400_000L;
    private static final BandSet MID_BACK = new BandSet(null, Map.of(Zone.MID_BACK, new TargetBand(35, 50)));

    @TempDir
    Path sessions;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ReviewServer server;

    @BeforeEach
    void start() {
        server = new ReviewServer(sessions);
        RecordedSessions.record(server.store, 40_000, RecordedSessions.STARTED_AT, 1.3, MID_BACK);
        RecordedSessions.record(server.store, 40_000, RecordedSessions.STARTED_AT + DAY, 1.15, MID_BACK);
        RecordedSessions.record(server.store, 40_000, RecordedSessions.STARTED_AT + 2 * DAY, 1.0, MID_BACK);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void eachSessionsInBandShareIsAPointAndTheTrendGoesUp() throws Exception {
        JsonNode progress = get("/api/practitioners/pract-b/progress");
        JsonNode points = progress.get("sessions");
        JsonNode list = get("/api/sessions");
        assertEquals(3, points.size());
        for (int i = 0; i < 3; i++) {
            JsonNode point = points.get(i);
            assertTrue(point.get("inBandPercent").isNumber(), point.toString());
            assertEquals(list.get(2 - i).get("inBandPercent").asDouble(), point.get("inBandPercent").asDouble(), 1e-9,
                    "the point is the session's list entry");
            JsonNode detail = get("/api/sessions/" + point.get("id").asText());
            assertEquals(detail.at("/statistics/inBandPercent").asDouble(), point.get("inBandPercent").asDouble(), 1e-9);
            assertTrue(detail.at("/statistics/zones/MID_BACK/inBandPercent").isNumber(), detail.at("/statistics").toString());
            assertEquals(1, detail.get("bands").size());
        }
        double first = points.get(0).get("inBandPercent").asDouble();
        double last = points.get(2).get("inBandPercent").asDouble();
        assertTrue(first < last, "gentler day by day, more in band: " + first + " -> " + last);
        JsonNode trend = progress.at("/trends/inBandPercent");
        assertEquals(3, trend.get("sessions").asInt(), trend.toString());
        assertTrue(trend.get("perSession").asDouble() > 0, trend.toString());
    }

    @Test
    void theReplaySendsTheBandInForceOnItsZoneOnly() throws Exception {
        String id = get("/api/practitioners/pract-b/progress").at("/sessions/2/id").asText();
        JsonNode replay = get("/api/sessions/" + id + "/replay?from=0&to=40000&rate=5");
        int banded = 0;
        int elsewhere = 0;
        for (JsonNode update : replay.get("updates")) {
            if ("MID_BACK".equals(update.path("zone").asText())) {
                assertEquals("MID_BACK", update.at("/band/zone").asText(), update.toString());
                assertEquals(24.5, update.at("/band/lowKg").asDouble(), 1e-9, "35 % of 70 kg");
                double applied = update.get("appliedKg").asDouble();
                String expected = applied < 24.5 ? "UNDER" : applied > 35 ? "OVER" : "IN";
                assertEquals(expected, update.get("bandStatus").asText(), update.toString());
                banded++;
            } else {
                assertTrue(update.get("band").isNull() && update.get("bandStatus").isNull(), update.toString());
                elsewhere++;
            }
            assertTrue(update.get("inBandPercent").isNull(), "no running share in a replay");
        }
        assertTrue(banded > 0 && elsewhere > 0, banded + " updates on the mid back, " + elsewhere + " elsewhere");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + " -> " + response.body());
        return json.readTree(response.body());
    }
}
