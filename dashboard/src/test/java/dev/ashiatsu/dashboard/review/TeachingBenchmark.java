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
 * docs/performance.md, "Review for teaching": server time of the teaching routes over two one-hour sessions
 * (each with a note), each on a fresh server (nothing cached in memory): a comparison of the two sessions,
 * the list of references (loads every session with notes once) and its second call (cached), a
 * practitioner's progress. Prints; runs only with {@code -Dbench=true}:
 * <pre>
 * mvn -B -o -q -pl dashboard -am verify -Dtest=TeachingBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class TeachingBenchmark {

    @TempDir
    Path sessions;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void teachingRoutesOverTwoHourLongSessions() throws Exception {
        assumeTrue(Boolean.getBoolean("bench"), "a benchmark: run with -Dbench=true");
        String reference;
        String student;
        try (ReviewServer recording = new ReviewServer(sessions)) {
            reference = RecordedSessions.record(recording.store, 3_600_000, RecordedSessions.STARTED_AT).id();
            student = RecordedSessions.record(recording.store, 3_600_000, RecordedSessions.STARTED_AT + 86_400_000, 1.15).id();
        }
        for (int round = 1; round <= 4; round++) {
            double compare;
            double references;
            double referencesAgain;
            double progress;
            try (ReviewServer server = new ReviewServer(sessions)) {
                compare = timed(server.url() + "/api/sessions/" + student + "/compare?with=" + reference);
            }
            try (ReviewServer server = new ReviewServer(sessions)) {
                references = timed(server.url() + "/api/references");
                referencesAgain = timed(server.url() + "/api/references");
            }
            try (ReviewServer server = new ReviewServer(sessions)) {
                progress = timed(server.url() + "/api/practitioners/pract-b/progress");
            }
            System.out.println(String.format(Locale.ROOT, "[bench] teaching, fresh servers, round %d: compare two one-hour"
                    + " sessions %.0f ms; references %.0f ms (then %.0f ms); progress %.0f ms", round, compare, references,
                    referencesAgain, progress));
        }
    }

    private double timed(String url) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - t0) / 1e6;
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return ms;
    }
}
