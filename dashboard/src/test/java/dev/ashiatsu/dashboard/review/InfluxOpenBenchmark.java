package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.fixtures.InfluxDbServer;
import dev.ashiatsu.dashboard.fixtures.V1LineWriter;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.influx.InfluxSessionArchive;
import dev.ashiatsu.recorder.influx.InfluxUploader;
import dev.ashiatsu.recorder.influx.UploadCursor;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.testing.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/performance.md, "Recording": the time to open a one-hour session's review page on a central review
 * server, from InfluxDB (a real influxd 1.6 on the same machine, seeded by the uploader through 1.x's
 * /write; the figure is InfluxQL paging, CSV parsing and the server's query time). Each round on a fresh
 * archive (nothing cached). Prints; runs only with {@code -Dbench=true}:
 * <pre>
 * mvn -B -o -q -pl dashboard -am verify -Dtest=InfluxOpenBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class InfluxOpenBenchmark {

    @TempDir
    Path sessions;

    @Test
    void openAnHourLongSessionFromInfluxDb() throws Exception {
        assumeTrue(Boolean.getBoolean("bench"), "a benchmark: run with -Dbench=true");
        assumeTrue(InfluxDbServer.installed(), "no " + InfluxDbServer.INFLUXD + ": apt-get install influxdb");
        try (ReviewServer recording = new ReviewServer(sessions.resolve("sessions"));
             InfluxDbServer influx = InfluxDbServer.start(sessions.resolve("influxd"))) {
            influx.createDatabase("ashiatsu");
            String id = RecordedSessions.record(recording.store, 3_600_000, RecordedSessions.STARTED_AT).id();
            InfluxSettings settings = new InfluxSettings(influx.url(), "clinic", "ashiatsu", "t");
            long size = Files.size(JournalFiles.journal(recording.store.dir(), id));
            try (InfluxUploader uploader = new InfluxUploader(recording.store, new V1LineWriter(influx, "ashiatsu"), influx.url(), 20, 200)) {
                Await.value(Duration.ofSeconds(300), () -> UploadCursor.read(recording.store.dir(), id),
                        uploaded -> uploaded >= size, "the upload to finish");
            }
            HttpClient http = HttpClient.newHttpClient();
            for (int round = 1; round <= 4; round++) {
                try (InfluxSessionArchive archive = new InfluxSessionArchive(settings);
                     ReviewOnlyServer server = new ReviewOnlyServer("127.0.0.1", 0, AccessControl.open(), archive, "bench").start()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> detail = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/sessions/" + id))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    long t1 = System.nanoTime();
                    HttpResponse<String> series = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/sessions/" + id
                            + "/series?points=1400")).build(), HttpResponse.BodyHandlers.ofString());
                    long t2 = System.nanoTime();
                    assertEquals(200, detail.statusCode(), detail.body());
                    assertEquals(200, series.statusCode());
                    System.out.println(String.format(Locale.ROOT, "[bench] review open from InfluxDB (influxd 1.6, loopback), fresh archive,"
                            + " round %d: session %.0f ms, series of 1400 buckets %.0f ms (cached), total %.0f ms",
                            round, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6));
                }
            }
        }
    }
}
