package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.fixtures.InfluxDbServer;
import dev.ashiatsu.dashboard.review.RecordedSessions.Recorded;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.influx.InfluxSessionArchive;
import dev.ashiatsu.recorder.influx.InfluxUploader;
import dev.ashiatsu.recorder.influx.PointWriter;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session uploaded with its digest opens from the digest on a real InfluxDB (influxd 1.6, {@link InfluxDbServer}),
 * with the journal's answers; without one (an older upload), or with a damaged one, it opens from its frames,
 * with the same answers. One two-minute simulated session, uploaded by the real uploader into a database per
 * case (the points as its v2 writes carry them, through 1.x's {@code /write}). Skipped, visibly, without influxd.
 */
class InfluxDigestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> ROUTES = List.of("", "/series?points=1400", "/series?points=300",
            "/series?from=30000&to=31000&points=500", "/replay?from=20000&to=22000&rate=40");

    @TempDir
    static Path dir;

    private static InfluxDbServer influx;
    private static ReviewServer journal;
    private static Recorded session;

    @BeforeAll
    static void record() throws Exception {
        assumeTrue(InfluxDbServer.installed(), "no " + InfluxDbServer.INFLUXD + ": apt-get install influxdb");
        journal = new ReviewServer(dir.resolve("sessions"));
        session = RecordedSessions.record(journal.store, 120_000, RecordedSessions.STARTED_AT);
        for (int note = 0; note < 12; note++) {
            journal.recorder.note(session.id(), 5_000 + note * 9_000, ("note " + note + ", added in review: ").repeat(60))
                    .get(5, TimeUnit.SECONDS);
        }
        influx = InfluxDbServer.start(dir.resolve("influxd"));
    }

    @AfterAll
    static void stop() {
        if (influx != null) {
            influx.close();
        }
        if (journal != null) {
            journal.close();
        }
    }

    @Test
    void anUploadedSessionOpensFromItsDigestWithTheJournalsAnswers() throws Exception {
        upload("whole", UnaryOperator.identity());
        int parts = count("whole", "ashiatsu_digest", "part");
        assertTrue(parts >= 2, "a digest with long notes comes in several parts, was " + parts);
        try (Remote remote = new Remote("whole")) {
            for (String route : List.of("/replay", "/replay?from=20000&to=22000&rate=40", "/replay?from=59993.7&to=60012.5&rate=80",
                    "/replay?from=110000&to=130000&rate=80", "/replay?from=-5000&to=1000&rate=80")) {
                assertEquals(local(route), remote.get(route), "replay reads its stretch of frames: " + route);
            }
        }
        influx.query("whole", "DROP MEASUREMENT \"ashiatsu_frame\"");
        assertEquals(0, count("whole", "ashiatsu_frame", "t_ms"), "no frame left to read");
        try (Remote remote = new Remote("whole")) {
            for (String route : List.of("", "/series?points=1400", "/series?points=300", "/series?from=30000&to=31000&points=500")) {
                assertEquals(local(route), remote.get(route), "from the digest alone: " + route);
            }
        }
    }

    @Test
    void aSessionUploadedWithoutADigestOpensFromItsFrames() throws Exception {
        upload("older", UnaryOperator.identity());
        influx.query("older", "DROP MEASUREMENT \"ashiatsu_digest\"");
        assertSameAsTheJournal("older");
    }

    @Test
    void aDamagedDigestIsNotTrustedTheFramesAreRead() throws Exception {
        int changed = upload("damaged", line -> line.startsWith("ashiatsu_digest") && line.contains("part=0i")
                ? oneCharacterChanged(line, line.indexOf("data=\"") + 3000) : line);
        assertTrue(changed > 0, "a character of the digest's first part changed");
        assertSameAsTheJournal("damaged");
    }

    @Test
    void aDigestWithAPartMissingIsNotTrustedTheFramesAreRead() throws Exception {
        int changed = upload("partial", line -> line.startsWith("ashiatsu_digest") && line.contains("part=1i") ? null : line);
        assertTrue(changed > 0, "the digest's second part left out");
        assertSameAsTheJournal("partial");
    }

    /** Another base64 character at {@code at}: the digest still decodes, to different bytes. */
    private static String oneCharacterChanged(String line, int at) {
        char c = line.charAt(at);
        return line.substring(0, at) + (c == 'A' ? 'B' : 'A') + line.substring(at + 1);
    }

    private static void assertSameAsTheJournal(String database) throws Exception {
        try (Remote remote = new Remote(database)) {
            for (String route : ROUTES) {
                assertEquals(local(route), remote.get(route), database + ": " + route);
            }
        }
    }

    /**
     * Uploads the journal into a new database, each line passed through {@code change} (null drops it).
     *
     * @return how many lines {@code change} changed or dropped
     */
    private static int upload(String database, UnaryOperator<String> change) throws Exception {
        influx.createDatabase(database);
        Path sessions = journal.store.dir();
        Files.deleteIfExists(JournalFiles.uploadCursor(sessions, session.id()));
        long size = Files.size(JournalFiles.journal(sessions, session.id()));
        AtomicInteger changed = new AtomicInteger();
        PointWriter writer = new PointWriter() {
            @Override
            public void write(String lineProtocol) throws Exception {
                influx.write(database, lineProtocol.lines().map(line -> {
                    String after = change.apply(line);
                    if (!line.equals(after)) {
                        changed.incrementAndGet();
                    }
                    return after;
                }).filter(line -> line != null).collect(Collectors.joining("\n")));
            }

            @Override
            public void close() {
            }
        };
        try (InfluxUploader uploader = new InfluxUploader(journal.store, writer, influx.url(), 20, 200)) {
            Await.value(Duration.ofSeconds(60), () -> UploadCursor.read(sessions, session.id()),
                    uploaded -> uploaded >= size, "the upload to " + database);
        }
        return changed.get();
    }

    private static int count(String database, String measurement, String field) throws Exception {
        JsonNode answer = JSON.readTree(influx.query(database, "SELECT count(\"" + field + "\") FROM \"" + measurement + "\""));
        JsonNode series = answer.get("results").get(0).get("series");
        return series == null ? 0 : series.get(0).get("values").get(0).get(1).asInt();
    }

    private static JsonNode local(String route) throws Exception {
        JsonNode body = get(journal.url() + "/api/sessions/" + session.id() + route);
        if (route.isEmpty()) {
            ((ObjectNode) body.get("summary")).put("journalBytes", 0);
        }
        return body;
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return JSON.readTree(response.body());
    }

    /** A review server on one database (a fresh archive: nothing cached). */
    private static final class Remote implements AutoCloseable {
        private final InfluxSessionArchive archive;
        private final ReviewOnlyServer server;

        Remote(String database) throws Exception {
            archive = new InfluxSessionArchive(new InfluxSettings(influx.url(), "clinic", database, "t"));
            server = new ReviewOnlyServer("127.0.0.1", 0, AccessControl.open(), archive, database).start();
        }

        JsonNode get(String route) throws Exception {
            return InfluxDigestTest.get(server.url() + "api/sessions/" + session.id() + route);
        }

        @Override
        public void close() {
            server.close();
            archive.close();
        }
    }
}
