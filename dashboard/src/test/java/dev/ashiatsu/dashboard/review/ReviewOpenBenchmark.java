package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashiatsu.recorder.journal.SessionDigest;
import dev.ashiatsu.recorder.journal.SessionStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.ashiatsu.recorder.journal.JournalFiles;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/performance.md, "Recording": the time to open a one-hour session's review page, as the page does
 * it (session data, then the whole-session series for 1400 pixels), each time on a fresh server (nothing
 * in memory): from the session's digest file (written when the session ended), and once without it (made
 * from the journal then, as after an upgrade); then a zoom and a replay, which read the journal. Prints; runs only with {@code -Dbench=true}:
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
            id = RecordedSessions.recordPaced(recording.store, 3_600_000, RecordedSessions.STARTED_AT).id();
        }
        Path digest = JournalFiles.digest(sessions, id);
        System.out.println(String.format(Locale.ROOT, "[bench] digest file %d bytes, journal %d bytes",
                Files.size(digest), Files.size(JournalFiles.journal(sessions, id))));
        HttpClient http = HttpClient.newHttpClient();
        for (int round = 1; round <= 6; round++) {
            boolean withoutDigest = round == 6;
            if (withoutDigest) {
                Files.delete(digest);
            }
            try (ReviewServer server = new ReviewServer(sessions)) {
                String api = server.url() + "/api/sessions/" + id;
                long t0 = System.nanoTime();
                HttpResponse<String> detail = get(http, api);
                long t1 = System.nanoTime();
                HttpResponse<String> series = get(http, api + "/series?points=1400");
                long t2 = System.nanoTime();
                HttpResponse<String> zoom = get(http, api + "/series?from=1800000&to=1830000&points=1400");
                long t3 = System.nanoTime();
                HttpResponse<String> replay = get(http, api + "/replay?from=1800000&to=1810000&rate=20");
                long t4 = System.nanoTime();
                System.out.println(String.format(Locale.ROOT, "[bench] review open, fresh server, %s, round %d: session %.0f ms"
                        + " (%d bytes), series of 1400 buckets %.0f ms (%d bytes), open total %.0f ms; then a 30 s zoom"
                        + " %.0f ms, a 10 s replay %.0f ms (%d bytes)", withoutDigest ? "no digest file (made now)" : "digest file",
                        round, (t1 - t0) / 1e6, detail.body().length(), (t2 - t1) / 1e6, series.body().length(),
                        (t2 - t0) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, replay.body().length()));
                assertEquals(200, zoom.statusCode());
                com.fasterxml.jackson.databind.JsonNode statistics = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(detail.body()).get("statistics");
                System.out.println("[bench]   the session: " + statistics.get("frames") + " frames, " + statistics.get("framesLost")
                        + " frames lost by the recorder, " + statistics.get("alarmCount") + " alarms");
            }
        }
    }

    /**
     * The store's share of an open, without HTTP and with the thread's CPU time beside the wall time (on a busy
     * machine the wall time is mostly waiting for a core): from the digest file, and as before digests (the
     * journal read and the digest made from it). A fresh store each time; the file cache of the OS is warm.
     */
    @Test
    void openAnHourLongSessionInTheStore() throws Exception {
        assumeTrue(Boolean.getBoolean("bench"), "a benchmark: run with -Dbench=true");
        String id;
        try (ReviewServer recording = new ReviewServer(sessions)) {
            id = RecordedSessions.recordPaced(recording.store, 3_600_000, RecordedSessions.STARTED_AT).id();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 8; round++) {
            boolean fromDigest = round % 2 == 1;
            SessionStore store = new SessionStore(sessions);
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SessionDigest digest = fromDigest ? store.digest(id) : SessionDigest.of(store.load(id));
            Series series = Series.of(digest.chart(), digest.firstMs(), digest.lastMs() + 1, 1400);
            long t1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            assertEquals(1400, series.t().length);
            System.out.println(String.format(Locale.ROOT, "[bench] store open %s, round %d: %.0f ms wall, %.0f ms CPU",
                    fromDigest ? "from the digest file" : "from the journal (no digest)", round, (t1 - t0) / 1e6,
                    (cpu1 - cpu0) / 1e6));
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return response;
    }
}
