package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/performance.md, "Recording": the time to open a one-hour session's review page, as the page does
 * it (session data, then the whole-session series for 1400 pixels), each time on a fresh server (nothing
 * cached). Prints; runs only with {@code -Dbench=true}:
 * <pre>
 * mvn -B -o -q -pl dashboard -am verify -Dtest=ReviewOpenBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class ReviewOpenBenchmark {

    @TempDir
    Path sessions;

    @Test
    void openAnHourLongSession() throws Exception {
        assumeTrue(Boolean.getBoolean("bench"), "a benchmark: run with -Dbench=true");
        String id;
        try (ReviewServer recording = new ReviewServer(sessions)) {
            id = RecordedSessions.record(recording.store, 3_600_000, RecordedSessions.STARTED_AT).id();
        }
        HttpClient http = HttpClient.newHttpClient();
        for (int round = 1; round <= 5; round++) {
            try (ReviewServer server = new ReviewServer(sessions)) {
                long t0 = System.nanoTime();
                HttpResponse<String> detail = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/sessions/" + id))
                        .build(), HttpResponse.BodyHandlers.ofString());
                long t1 = System.nanoTime();
                HttpResponse<String> series = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/sessions/" + id
                        + "/series?points=1400")).build(), HttpResponse.BodyHandlers.ofString());
                long t2 = System.nanoTime();
                assertEquals(200, detail.statusCode());
                assertEquals(200, series.statusCode());
                System.out.println(String.format(Locale.ROOT, "[bench] review open, fresh server, round %d: session %.0f ms"
                        + " (%d bytes), series of 1400 buckets %.0f ms (%d bytes), total %.0f ms", round, (t1 - t0) / 1e6,
                        detail.body().length(), (t2 - t1) / 1e6, series.body().length(), (t2 - t0) / 1e6));
            }
        }
    }
}
