package dev.ashiatsu.dashboard.web;

import static dev.ashiatsu.dashboard.fixtures.RunningDashboard.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.dashboard.fixtures.LiveSocket;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration readings are slow (they wait for frames): many at once must not starve the server of
 * threads. Issue 14 item 4 sent 300 at once with 5000 samples each and {@code /api/health} timed out.
 */
class HeavyRequestsApiTest {

    static final int HEAVY = 300;

    @TempDir
    static Path data;
    static RunningDashboard server;
    static ScriptedSource source;

    @BeforeAll
    static void start() throws Exception {
        source = new ScriptedSource(TestTable.table(), 80, t -> new double[6]);
        server = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(), TestTable.practitioner(), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void refusesMoreSamplesThanTheDocumentedMaximumNamingTheField() throws Exception {
        HttpResponse<String> tooMany = server.send("POST", "/api/calibration/head-left/zero", "{\"samples\":5000}");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertEquals("samples", json(tooMany).path("field").asText());
        assertTrue(json(tooMany).path("error").asText().contains(String.valueOf(CalibrationRoutes.MAX_SAMPLES)),
                tooMany.body());
    }

    @Test
    void readingsFromASilentSourceEndWithAConflictAndFreeTheirPlaces() throws Exception {
        source.pause();
        try {
            List<CompletableFuture<HttpResponse<String>>> first = new ArrayList<>();
            for (int i = 0; i <= CalibrationRoutes.MAX_CONCURRENT_READINGS; i++) {
                first.add(post(SILENT_READING));
            }
            List<Integer> statuses = first.stream().map(f -> f.join().statusCode()).sorted().toList();
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < CalibrationRoutes.MAX_CONCURRENT_READINGS; i++) {
                expected.add(409);
            }
            expected.add(429);
            assertEquals(expected, statuses, "the bound holds while the readings wait for frames");
            HttpResponse<String> again = post(SILENT_READING).join();
            assertEquals(409, again.statusCode(), "the places are free again: " + again.body());
            assertTrue(json(again).path("error").asText().contains("no answer in time"), again.body());
        } finally {
            source.resume();
        }
    }

    static final String SILENT_READING = "{\"weightKg\":5,\"samples\":10}";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    /** A reading of head-left with a known weight, sent without waiting (one connection each). */
    private static CompletableFuture<HttpResponse<String>> post(String body) {
        return HTTP.sendAsync(HttpRequest.newBuilder(server.uri("/api/calibration/head-left/loaded"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAndTheLiveStreamStillAnswerWhileManyReadingsAreAsked() throws Exception {
        String body = "{\"samples\":" + CalibrationRoutes.MAX_SAMPLES + ",\"weightKg\":5}";
        List<CompletableFuture<HttpResponse<String>>> heavy = new ArrayList<>();
        for (int i = 0; i < HEAVY; i++) {
            heavy.add(post(body));
        }

        HttpResponse<String> health = server.get("/api/health");
        assertEquals(200, health.statusCode(), "health answers (within the client's 10 s timeout) amid the readings");
        try (LiveSocket live = server.openLive()) {
            live.await(LiveSocket.ofType("context"), 10, "a new live stream's context amid the readings");
        }

        int running = 0;
        int refused = 0;
        for (CompletableFuture<HttpResponse<String>> request : heavy) {
            HttpResponse<String> response = request.join();
            if (response.statusCode() == 429) {
                refused++;
                assertTrue(json(response).path("error").asText().contains("readings are running"), response.body());
                assertTrue(response.headers().firstValue("Retry-After").isPresent());
            } else {
                running++;
                assertEquals(422, response.statusCode(), "read, then refused for want of a zero: " + response.body());
            }
        }
        assertTrue(running >= 1, "some readings ran: " + refused + " refused");
        // a reading takes 10 s and every request is answered within 60 s: no more than 6 rounds can run
        assertTrue(refused >= HEAVY - 6 * CalibrationRoutes.MAX_CONCURRENT_READINGS,
                "at most " + CalibrationRoutes.MAX_CONCURRENT_READINGS + " at once: " + running + " ran, " + refused + " refused");
    }
}
