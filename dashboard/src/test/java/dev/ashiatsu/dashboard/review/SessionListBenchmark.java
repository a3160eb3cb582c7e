package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.fixtures.InfluxDbServer;
import dev.ashiatsu.dashboard.fixtures.V1LineWriter;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.SessionArchive;
import dev.ashiatsu.recorder.influx.InfluxSessionArchive;
import dev.ashiatsu.recorder.influx.InfluxUploader;
import dev.ashiatsu.recorder.influx.UploadCursor;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.testing.Await;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/performance.md, "The session list at 10,000 sessions": {@code GET /api/sessions} pages and filters on
 * a review server over 10,000 recorded sessions ({@link ManySessions}), on the journals ({@link SessionStore})
 * and on a real InfluxDB (influxd 1.6 on this machine, seeded by the real uploader's points through 1.x's
 * /write). Per round a fresh store and server: the first request after the start (cold), then every request
 * of {@link #REQUESTS} {@value #REPEATS} times (warm). Times are client-side on loopback (the server's time plus the HTTP
 * round trip). Prints; runs only with {@code -Dbench=true}:
 * <pre>
 * mvn -B -o -q -pl dashboard -am verify -Dtest=SessionListBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class SessionListBenchmark {

    static final int SESSIONS = Integer.getInteger("bench.sessions", 10_000);
    static final int ROUNDS = 2;
    static final int REPEATS = 3;
    /** The requests timed, by name. */
    static final Map<String, String> REQUESTS = new LinkedHashMap<>();

    static {
        REQUESTS.put("first page (100)", "");
        REQUESTS.put("page at offset 5000", "?offset=5000");
        REQUESTS.put("page of 1000", "?limit=1000");
        REQUESTS.put("one client", "?clientId=client-17");
        REQUESTS.put("one practitioner", "?practitionerId=pract-3");
        REQUESTS.put("one month", "?from=" + ManySessions.startedAt(5000) + "&to=" + (ManySessions.startedAt(5000) + 2_592_000_000L));
        REQUESTS.put("alarms=any", "?alarms=any");
        REQUESTS.put("alarms=high", "?alarms=high");
        REQUESTS.put("alarms=none", "?alarms=none");
        REQUESTS.put("practitioner + month + high, page 2", "?practitionerId=pract-3&alarms=high&from="
                + ManySessions.startedAt(2000) + "&to=" + ManySessions.startedAt(8000) + "&offset=20&limit=20");
    }

    @TempDir
    static Path dir;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void seed() throws Exception {
        assumeTrue(Boolean.getBoolean("bench"), "a benchmark: run with -Dbench=true");
        long t0 = System.nanoTime();
        ManySessions.record(new SessionStore(sessions()), SESSIONS, 4);
        long t1 = System.nanoTime();
        try (SessionStore store = new SessionStore(sessions())) {
            long recoverStart = System.nanoTime();
            store.recover();
            long t2 = System.nanoTime();
            assertEquals(SESSIONS, store.list().size());
            System.out.printf(Locale.ROOT, "[bench] seeded %d sessions in %.1f s; first recover() (as serve at its"
                    + " start: ended sessions judged by their summary files, index built and saved) %.1f s, %d journals"
                    + " read%n", SESSIONS, (t1 - t0) / 1e9, (t2 - recoverStart) / 1e9, store.recoveryReads());
        }
    }

    static Path sessions() {
        return dir.resolve("sessions");
    }

    /**
     * The first list after a start two ways: as {@code serve} starts (recover() built the index before the
     * server listens), and a store whose index the first list builds from the summary files.
     */
    @Test
    void listOnTheJournals() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            try (SessionStore store = new SessionStore(sessions())) {
                long t0 = System.nanoTime();
                store.recover();
                double recoverMs = (System.nanoTime() - t0) / 1e6;
                try (ReviewOnlyServer server = new ReviewOnlyServer("127.0.0.1", 0, AccessControl.open(), store, "bench").start()) {
                    System.out.printf(Locale.ROOT, "[bench] journals round %d: recover() %.0f ms (%d journals read),"
                            + " then first request %.0f ms%n", round, recoverMs, store.recoveryReads(),
                            timed(server.url() + "api/sessions"));
                }
            }
        }
        measure("journals", () -> new SessionStore(sessions()));
    }

    @Test
    void listOnInfluxDb() throws Exception {
        assumeTrue(InfluxDbServer.installed(), "no " + InfluxDbServer.INFLUXD + ": apt-get install influxdb");
        try (InfluxDbServer influx = InfluxDbServer.start(dir.resolve("influxd"))) {
            influx.createDatabase("ashiatsu");
            SessionStore store = new SessionStore(sessions());
            long t0 = System.nanoTime();
            try (InfluxUploader uploader = new InfluxUploader(store, new V1LineWriter(influx, "ashiatsu"), influx.url(), 20, 200)) {
                Await.until(Duration.ofMinutes(30), SessionListBenchmark::allUploaded, "every session uploaded");
            }
            System.out.printf(Locale.ROOT, "[bench] uploaded %d sessions to influxd in %.1f s%n", SESSIONS, (System.nanoTime() - t0) / 1e9);
            InfluxSettings settings = new InfluxSettings(influx.url(), "clinic", "ashiatsu", "t");
            measure("InfluxDB", () -> new InfluxSessionArchive(settings));
        }
    }

    private static boolean allUploaded() {
        try {
            for (String id : new SessionStore(sessions()).ids()) {
                if (UploadCursor.read(sessions(), id) < Files.size(JournalFiles.journal(sessions(), id))) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void measure(String store, Supplier<SessionArchive> archives) throws Exception {
        Map<String, List<Double>> warm = new LinkedHashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            SessionArchive archive = archives.get();
            try (ReviewOnlyServer server = new ReviewOnlyServer("127.0.0.1", 0, AccessControl.open(), archive, "bench").start()) {
                String base = server.url() + "api/sessions";
                double cold = timed(base);
                double coldFiltered = timed(base + "?clientId=client-3");
                System.out.printf(Locale.ROOT, "[bench] %s round %d: first request after the start (nothing in memory) %.0f ms,"
                        + " then one client %.0f ms%n", store, round, cold, coldFiltered);
                for (Map.Entry<String, String> request : REQUESTS.entrySet()) {
                    for (int i = 0; i < REPEATS; i++) {
                        warm.computeIfAbsent(request.getKey(), k -> new ArrayList<>()).add(timed(base + request.getValue()));
                    }
                }
            } finally {
                if (archive instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            }
        }
        warm.forEach((name, times) -> {
            double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "[bench] %s warm %-38s min %4.0f  median %4.0f  max %4.0f ms (%d requests)%n",
                    store, name, sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1], sorted.length);
        });
    }

    /** One GET, ms; fails unless 200. */
    private static double timed(String url) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - t0) / 1e6;
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return ms;
    }
}
