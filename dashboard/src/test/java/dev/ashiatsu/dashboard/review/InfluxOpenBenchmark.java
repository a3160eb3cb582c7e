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
import dev.ashiatsu.recorder.journal.SessionDigest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * archive (nothing cached): from the digest the uploader wrote at the session's end, then (the digest dropped,
 * as for an upload from before digests) from the frames; then a zoom (from the digest) and a replay (its
 * stretch of frames only). Prints; runs only with {@code -Dbench=true}:
 * <pre>
 * mvn -B -o -q -pl dashboard -am verify -Dtest=InfluxOpenBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class InfluxOpenBenchmark {

    @TempDir
    Path sessions;

    /** The archive's share of an open, without HTTP, with this JVM's CPU time beside the wall time; fresh archives. */
    private static void archiveRounds(InfluxSettings settings, String id, String label) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 4; round++) {
            try (InfluxSessionArchive archive = new InfluxSessionArchive(settings)) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                SessionDigest digest = archive.digest(id);
                long t1 = System.nanoTime();
                long cpu1 = threads.getCurrentThreadCpuTime();
                System.out.println(String.format(Locale.ROOT, "[bench] archive.digest, %s, fresh archive, round %d:"
                        + " %.0f ms wall, %.0f ms CPU of the calling thread (%d frames, %d alarms)", label, round,
                        (t1 - t0) / 1e6, (cpu1 - cpu0) / 1e6, digest.frames(), digest.alarms().size()));
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return response;
    }

    @Test
    void openAnHourLongSessionFromInfluxDb() throws Exception {
        assumeTrue(Boolean.getBoolean("bench"), "a benchmark: run with -Dbench=true");
        assumeTrue(InfluxDbServer.installed(), "no " + InfluxDbServer.INFLUXD + ": apt-get install influxdb");
        try (ReviewServer recording = new ReviewServer(sessions.resolve("sessions"));
             InfluxDbServer influx = InfluxDbServer.start(sessions.resolve("influxd"))) {
            influx.createDatabase("ashiatsu");
            String id = RecordedSessions.recordPaced(recording.store, 3_600_000, RecordedSessions.STARTED_AT).id();
            InfluxSettings settings = new InfluxSettings(influx.url(), "clinic", "ashiatsu", "t");
            long size = Files.size(JournalFiles.journal(recording.store.dir(), id));
            try (InfluxUploader uploader = new InfluxUploader(recording.store, new V1LineWriter(influx, "ashiatsu"), influx.url(), 20, 200)) {
                Await.value(Duration.ofSeconds(300), () -> UploadCursor.read(recording.store.dir(), id),
                        uploaded -> uploaded >= size, "the upload to finish");
            }
            System.out.println("[bench] digest: " + influx.query("ashiatsu",
                    "SELECT count(\"part\"), sum(\"parts\") FROM \"ashiatsu_digest\"") + ", journal " + size + " bytes");
            archiveRounds(settings, id, "stored digest");
            HttpClient http = HttpClient.newHttpClient();
            for (int round = 1; round <= 7; round++) {
                boolean withoutDigest = round >= 6;
                if (round == 6) {
                    influx.query("ashiatsu", "DROP MEASUREMENT \"ashiatsu_digest\"");
                }
                try (InfluxSessionArchive archive = new InfluxSessionArchive(settings);
                     ReviewOnlyServer server = new ReviewOnlyServer("127.0.0.1", 0, AccessControl.open(), archive, "bench").start()) {
                    String api = server.url() + "api/sessions/" + id;
                    long t0 = System.nanoTime();
                    HttpResponse<String> detail = get(http, api);
                    long t1 = System.nanoTime();
                    HttpResponse<String> series = get(http, api + "/series?points=1400");
                    long t2 = System.nanoTime();
                    HttpResponse<String> zoom = get(http, api + "/series?from=1800000&to=1830000&points=1400");
                    long t3 = System.nanoTime();
                    HttpResponse<String> replay = get(http, api + "/replay?from=1800000&to=1810000&rate=20");
                    long t4 = System.nanoTime();
                    System.out.println(String.format(Locale.ROOT, "[bench] review open from InfluxDB (influxd 1.6, loopback), fresh archive,"
                            + " %s, round %d: session %.0f ms (%d bytes), series of 1400 buckets %.0f ms, open total %.0f ms;"
                            + " then a 30 s zoom %.0f ms, a 10 s replay %.0f ms (%d bytes)",
                            withoutDigest ? "no digest (frames read)" : "digest", round, (t1 - t0) / 1e6,
                            detail.body().length(), (t2 - t1) / 1e6, (t2 - t0) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6,
                            replay.body().length()));
                    assertEquals(200, zoom.statusCode());
                    com.fasterxml.jackson.databind.JsonNode statistics = new com.fasterxml.jackson.databind.ObjectMapper()
                            .readTree(detail.body()).get("statistics");
                    System.out.println("[bench]   the session: " + statistics.get("frames") + " frames, " + statistics.get("framesLost")
                            + " frames lost by the recorder, " + statistics.get("alarmCount") + " alarms");
                }
            }
            archiveRounds(settings, id, "no stored digest: frames read");
        }
    }
}
