package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.core.band.TargetBand;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.fixtures.HeadlessChromium;
import dev.ashiatsu.dashboard.fixtures.InfluxDbServer;
import dev.ashiatsu.dashboard.fixtures.V1LineWriter;
import dev.ashiatsu.dashboard.review.RecordedSessions.Recorded;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.recorder.influx.InfluxSessionArchive;
import dev.ashiatsu.recorder.influx.InfluxUploader;
import dev.ashiatsu.recorder.influx.UploadCursor;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.testing.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review pages on an InfluxDB-backed archive give what they give on the journal. Two simulated
 * sessions are recorded into journals (one gets a note after its end, as review adds them), uploaded by
 * the real uploader into a real InfluxDB 1.6 ({@link InfluxDbServer}, Debian's influxd; the uploader's
 * points go in as the line protocol its v2 writes carry, through 1.x's {@code /write}: {@link V1LineWriter}),
 * then the same routes are served twice, on the journals and on InfluxDB through influxdb-client-java's
 * InfluxQL API, and their JSON compared (the first carries target bands, so they and its in-band time must
 * survive the trip); the pages themselves are driven once in headless chromium on the
 * InfluxDB-backed server. Skipped, visibly, without influxd.
 */
class InfluxReviewTest {

    private static final String ORG = "clinic";
    private static final String BUCKET = "ashiatsu";
    /** Auth is off on the test server: any token is accepted, and the client still sends it. */
    private static final String TOKEN = "test-token";

    @TempDir
    static Path dir;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static InfluxDbServer influx;
    private static ReviewServer journal;
    private static InfluxSessionArchive archive;
    private static ReviewOnlyServer remote;
    private static Recorded first;
    private static Recorded second;

    @BeforeAll
    static void recordUploadAndServe() throws Exception {
        assumeTrue(InfluxDbServer.installed(), "no " + InfluxDbServer.INFLUXD + ": apt-get install influxdb");
        Path sessions = dir.resolve("sessions");
        journal = new ReviewServer(sessions);
        first = RecordedSessions.record(journal.store, 40_000, RecordedSessions.STARTED_AT, 1.0, new BandSet(null,
                Map.of(Zone.MID_BACK, new TargetBand(35, 50), Zone.CALF, new TargetBand(20, 30))));
        second = RecordedSessions.record(journal.store, 30_000, RecordedSessions.STARTED_AT + 3_600_000, 1.15,
                12_000, 16_000);
        journal.recorder.note(first.id(), 15_000, "heel too close to the knee, added in review", Note.DISCOMFORT)
                .get(5, TimeUnit.SECONDS);
        HttpResponse<String> marked = HTTP.send(HttpRequest.newBuilder(URI.create(journal.url() + "/api/sessions/" + second.id()
                + "/reference")).PUT(HttpRequest.BodyPublishers.ofString("{\"label\": \"instructor\"}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, marked.statusCode(), marked.body());
        influx = InfluxDbServer.start(dir.resolve("influxd"));
        influx.createDatabase(BUCKET);
        InfluxSettings settings = new InfluxSettings(influx.url(), ORG, BUCKET, TOKEN);
        try (InfluxUploader uploader = new InfluxUploader(journal.store, new V1LineWriter(influx, BUCKET), influx.url(), 20, 200)) {
            Await.until(Duration.ofSeconds(30),
                    () -> uploaded(journal.store, first.id()) && uploaded(journal.store, second.id()),
                    "the upload");
        }
        archive = new InfluxSessionArchive(settings);
        remote = new ReviewOnlyServer("127.0.0.1", 0, AccessControl.open(), archive, archive.description()).start();
    }

    @AfterAll
    static void stop() {
        if (remote != null) {
            remote.close();
        }
        if (archive != null) {
            archive.close();
        }
        if (influx != null) {
            influx.close();
            assertTrue(!influx.running(), "influxd " + influx.pid() + " stopped");
        }
        if (journal != null) {
            journal.close();
        }
    }

    @Test
    void theListIsTheJournalsList() throws Exception {
        JsonNode local = withoutJournalBytes(get(journal.url(), "/api/sessions", 200));
        JsonNode fromInflux = withoutJournalBytes(get(remoteUrl(), "/api/sessions", 200));
        assertEquals(2, fromInflux.size());
        assertEquals(second.id(), fromInflux.get(0).get("id").asText(), "newest first");
        assertEquals(local, fromInflux);
        JsonNode s = fromInflux.get(1);
        assertEquals(first.sim().monitor.statistics().peakAppliedKg(), s.get("peakAppliedKg").asDouble(), 0.01);
        assertEquals(2, s.get("noteCount").asInt(), "the note added after the end is counted");
        assertTrue(s.get("strokeCount").asInt() > 0, "the stroke count travels with the session's end: " + s);
        assertEquals(1, get(remoteUrl(), "/api/sessions?clientId=client-a&from=" + (RecordedSessions.STARTED_AT + 1), 200).size());
    }

    /**
     * Filters and pages answer the same on InfluxDB as on the journals, both ways the archive answers them:
     * with a client or practitioner filter in the InfluxQL query, without one from its copy of the list.
     */
    @Test
    void theListsFiltersAndPagesAreTheJournals() throws Exception {
        long between = RecordedSessions.STARTED_AT + 1;
        for (String query : List.of("?limit=1&offset=1", "?alarms=any", "?alarms=high", "?alarms=none", "?from=" + between,
                "?clientId=client-a", "?clientId=client-a&limit=1&offset=1", "?practitionerId=pract-b&alarms=high",
                "?practitionerId=pract-b&to=" + between, "?clientId=client-a&alarms=none", "?clientId=nobody")) {
            HttpResponse<String> local = send(journal.url(), "/api/sessions" + query);
            HttpResponse<String> fromInflux = send(remoteUrl(), "/api/sessions" + query);
            assertEquals(200, fromInflux.statusCode(), query + ": " + fromInflux.body());
            assertEquals(withoutJournalBytes(JSON.readTree(local.body())), withoutJournalBytes(JSON.readTree(fromInflux.body())), query);
            assertEquals(local.headers().firstValue("X-Total-Count"), fromInflux.headers().firstValue("X-Total-Count"), query);
        }
        assertEquals("2", send(remoteUrl(), "/api/sessions?alarms=high&clientId=client-a").headers()
                .firstValue("X-Total-Count").orElse(null), "both sessions went over the limit (a HIGH alarm)");
    }

    @Test
    void aSessionOpensWithTheSameAlarmsStatisticsAndNotes() throws Exception {
        for (Recorded recorded : List.of(first, second)) {
            JsonNode local = get(journal.url(), "/api/sessions/" + recorded.id(), 200);
            JsonNode fromInflux = get(remoteUrl(), "/api/sessions/" + recorded.id(), 200);
            ((ObjectNode) local.get("summary")).remove("journalBytes");
            assertEquals(0, fromInflux.get("summary").get("journalBytes").asLong(), "no journal behind it");
            ((ObjectNode) fromInflux.get("summary")).remove("journalBytes");
            assertEquals(local, fromInflux, recorded.id());
            long alarms = recorded.sim().alarms.stream().mapToLong(AlarmEvent::id).distinct().count();
            assertTrue(alarms > 0);
            assertEquals(alarms, fromInflux.get("alarms").size());
            assertEquals(recorded.sim().monitor.statistics().peakAppliedKg(),
                    fromInflux.get("statistics").get("peakAppliedKg").asDouble(), 0.01);
        }
        JsonNode stop = null;
        for (JsonNode alarm : get(remoteUrl(), "/api/sessions/" + second.id(), 200).get("alarms")) {
            stop = alarm.get("type").asText().equals("CLIENT_STOP") ? alarm : stop;
        }
        assertTrue(stop != null, "the client's stop is read back from InfluxDB");
        assertEquals(16_000 - SimulatedSession.PERIOD_MS / 2, stop.get("endMs").asDouble(), 1e-9, "ended when acknowledged");
        assertEquals(50, stop.get("press").get("historyKg").size(), "with its 5 s of load");
        assertTrue(stop.get("press").get("appliedKg").asDouble() > 5, stop.toString());
        JsonNode banded = get(remoteUrl(), "/api/sessions/" + first.id(), 200);
        assertEquals(35.0, banded.at("/bands/0/bands/MID_BACK/lowPercent").asDouble(), banded.get("bands").toString());
        assertTrue(banded.at("/statistics/inBandPercent").isNumber(), "in-band time from the bands read back from InfluxDB");
        assertEquals(banded.at("/statistics/inBandPercent").asDouble(), banded.at("/summary/inBandPercent").asDouble(), 1e-9,
                "the uploaded summary carries it");
        assertTrue(get(remoteUrl(), "/api/sessions/" + second.id(), 200).get("bands").isEmpty(), "a session without bands");
        JsonNode added = get(remoteUrl(), "/api/sessions/" + first.id(), 200).get("notes").get(1);
        assertEquals("heel too close to the knee, added in review", added.get("text").asText());
        assertEquals(Note.DISCOMFORT, added.get("kind").asText(), "a note's kind survives InfluxDB");
        assertTrue(get(remoteUrl(), "/api/sessions/" + first.id(), 200).get("notes").get(0).get("kind").isNull(),
                "a plain note has none");
    }

    @Test
    void seriesReplayAndExportAreTheJournals() throws Exception {
        String id = first.id();
        for (String path : List.of("/series?points=300", "/series?from=10000&to=12000&points=1000",
                "/replay?from=20000&to=25000&rate=10")) {
            assertEquals(get(journal.url(), "/api/sessions/" + id + path, 200), get(remoteUrl(), "/api/sessions/" + id + path, 200), path);
        }
        JsonNode series = get(remoteUrl(), "/api/sessions/" + id + "/series?points=300", 200);
        double highest = 0;
        for (JsonNode max : series.get("appliedMax")) {
            highest = Math.max(highest, max.asDouble());
        }
        assertEquals(first.sim().monitor.statistics().peakAppliedKg(), highest, 0.01, "the peak survives reduction");
        for (String format : List.of("csv", "capture")) {
            assertEquals(text(journal.url(), "/api/sessions/" + id + "/export?format=" + format),
                    text(remoteUrl(), "/api/sessions/" + id + "/export?format=" + format), format);
        }
    }

    @Test
    void smallPagesReadTheSameSessions() throws Exception {
        InfluxSettings settings = new InfluxSettings(influx.url(), ORG, BUCKET, TOKEN);
        try (InfluxSessionArchive paged = new InfluxSessionArchive(settings, 7);
             ReviewOnlyServer server = new ReviewOnlyServer("127.0.0.1", 0, AccessControl.open(), paged, paged.description()).start()) {
            String base = server.url().replaceAll("/$", "");
            assertEquals(get(remoteUrl(), "/api/sessions", 200), get(base, "/api/sessions", 200));
            for (Recorded recorded : List.of(first, second)) {
                assertEquals(get(remoteUrl(), "/api/sessions/" + recorded.id(), 200), get(base, "/api/sessions/" + recorded.id(), 200));
                assertEquals(text(remoteUrl(), "/api/sessions/" + recorded.id() + "/export?format=csv"),
                        text(base, "/api/sessions/" + recorded.id() + "/export?format=csv"));
            }
        }
    }

    @Test
    void aMissingDatabaseIs502NamingIt() throws Exception {
        InfluxSettings missing = new InfluxSettings(influx.url(), ORG, "nothere", TOKEN);
        InfluxSettings missingPolicy = new InfluxSettings(influx.url(), ORG, BUCKET + "/nothere", TOKEN);
        for (InfluxSettings settings : List.of(missing, missingPolicy)) {
            try (InfluxSessionArchive archive = new InfluxSessionArchive(settings);
                 ReviewOnlyServer server = new ReviewOnlyServer("127.0.0.1", 0, AccessControl.open(), archive, archive.description()).start()) {
                String base = server.url().replaceAll("/$", "");
                JsonNode error = get(base, "/api/sessions", 502);
                assertTrue(error.get("error").asText().contains("no such"), error.toString());
                assertTrue(error.get("error").asText().contains("nothere"), error.toString());
                assertEquals("fault", get(base, "/api/health", 200).get("status").asText());
            }
        }
        InfluxSettings withPolicy = new InfluxSettings(influx.url(), ORG, BUCKET + "/autogen", TOKEN);
        try (InfluxSessionArchive archive = new InfluxSessionArchive(withPolicy)) {
            assertEquals(2, archive.list().size(), "database/retention-policy reads the same sessions");
            assertEquals(null, archive.problem());
        }
    }

    /**
     * docs/grafana-dashboard-influxql.json's queries, with Grafana's macros expanded as Grafana expands
     * them ({@code $timeFilter}: {@code time >= …ms and time <= …ms}), answer on the real server.
     */
    @Test
    void theInfluxQlGrafanaDashboardsQueriesAnswer() throws Exception {
        JsonNode dashboard = JSON.readTree(Path.of("../docs/grafana-dashboard-influxql.json").toFile());
        String timeFilter = "time >= " + (RecordedSessions.STARTED_AT - 3_600_000) + "ms and time <= "
                + (RecordedSessions.STARTED_AT + 3 * 3_600_000) + "ms";
        java.util.function.Function<String, JsonNode> run = query -> {
            try {
                String expanded = query.replace("$timeFilter", timeFilter).replace("$__interval", "2s")
                        .replace("$session", first.id());
                JsonNode series = JSON.readTree(influx.query(BUCKET, expanded)).get("results").get(0).get("series");
                assertTrue(series != null && series.size() == 1, expanded + ": " + series);
                return series.get(0);
            } catch (Exception e) {
                throw new AssertionError(query, e);
            }
        };
        JsonNode sessions = run.apply(dashboard.get("templating").get("list").get(0).get("query").asText());
        assertEquals(List.of(first.id(), second.id()), column(sessions, "value").stream().sorted().toList());
        JsonNode panels = dashboard.get("panels");
        JsonNode load = run.apply(panels.get(0).get("targets").get(0).get("query").asText());
        double highest = column(load, "applied_kg").stream().mapToDouble(Double::parseDouble).max().orElseThrow();
        double lowest = column(load, "applied_min_kg").stream().mapToDouble(Double::parseDouble).min().orElseThrow();
        assertEquals(first.sim().monitor.statistics().peakAppliedKg(), highest, 0.01, "the peak survives GROUP BY time");
        assertTrue(lowest < highest);
        long alarms = first.sim().alarms.stream().mapToLong(AlarmEvent::id).distinct().count();
        assertEquals(alarms, run.apply(panels.get(1).get("targets").get(0).get("query").asText()).get("values").size());
        assertEquals(2, run.apply(panels.get(2).get("targets").get(0).get("query").asText()).get("values").size());
        assertEquals(2, run.apply(panels.get(3).get("targets").get(0).get("query").asText()).get("values").size());
    }

    /** A column of an InfluxQL JSON series, as text. */
    private static List<String> column(JsonNode series, String name) {
        int index = -1;
        for (int c = 0; c < series.get("columns").size(); c++) {
            if (series.get("columns").get(c).asText().equals(name)) {
                index = c;
            }
        }
        assertTrue(index >= 0, name + " in " + series.get("columns"));
        List<String> values = new java.util.ArrayList<>();
        for (JsonNode row : series.get("values")) {
            values.add(row.get(index).asText());
        }
        return values;
    }

    @Test
    void theRemoteServerIsReadOnlyAndSaysWhatIsWrong() throws Exception {
        HttpResponse<String> note = HTTP.send(HttpRequest.newBuilder(URI.create(remoteUrl() + "/api/sessions/" + first.id() + "/notes"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"tMs\": 1000, \"text\": \"x\"}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, note.statusCode(), note.body());
        assertTrue(note.body().contains("read-only"), note.body());
        HttpResponse<String> mark = HTTP.send(HttpRequest.newBuilder(URI.create(remoteUrl() + "/api/sessions/" + first.id() + "/reference"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, mark.statusCode(), mark.body());
        assertTrue(mark.body().contains("read-only: mark references on the table's own dashboard"), mark.body());
        assertEquals("no session '20991231-000000-ffff'", get(remoteUrl(), "/api/sessions/20991231-000000-ffff", 404).get("error").asText());
        HttpResponse<String> root = HTTP.send(HttpRequest.newBuilder(URI.create(remoteUrl() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, root.statusCode());
        assertEquals("/review.html", root.headers().firstValue("Location").orElse(""));
        JsonNode health = get(remoteUrl(), "/api/health", 200);
        assertEquals("ok", health.get("status").asText(), health.toString());
        assertEquals("review", health.get("mode").asText());
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(URI.create(remoteUrl() + "/api/state")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "no live routes");
    }

    @Test
    void anUnreachableInfluxDbIs502NamingIt() throws Exception {
        InfluxSettings dead = new InfluxSettings("http://127.0.0.1:9", ORG, BUCKET, TOKEN);
        try (InfluxSessionArchive down = new InfluxSessionArchive(dead);
             ReviewOnlyServer server = new ReviewOnlyServer("127.0.0.1", 0, AccessControl.open(), down, down.description()).start()) {
            JsonNode error = get(server.url().replaceAll("/$", ""), "/api/sessions", 502);
            assertTrue(error.get("error").asText().contains("InfluxDB http://127.0.0.1:9"), error.toString());
            JsonNode health = get(server.url().replaceAll("/$", ""), "/api/health", 200);
            assertEquals("fault", health.get("status").asText(), health.toString());
            assertTrue(health.get("problem").asText().contains("127.0.0.1:9"), health.toString());
        }
    }

    @Test
    void progressIsTheJournals() throws Exception {
        String path = "/api/practitioners/pract-b/progress";
        JsonNode fromInflux = get(remoteUrl(), path, 200);
        assertEquals(2, fromInflux.get("sessions").size());
        assertEquals(first.id(), fromInflux.get("sessions").get(0).get("id").asText(), "oldest first");
        assertEquals(get(journal.url(), path, 200), fromInflux);
    }

    @Test
    void referencesAndComparisonsAreTheJournals() throws Exception {
        JsonNode references = get(remoteUrl(), "/api/references", 200);
        assertEquals(1, references.size());
        assertEquals(second.id(), references.get(0).get("summary").get("id").asText(), "the mark travelled with the journal");
        assertEquals("instructor", references.get(0).get("reference").get("label").asText());
        JsonNode localReferences = get(journal.url(), "/api/references", 200);
        for (JsonNode entry : List.of(localReferences.get(0), references.get(0))) {
            ((ObjectNode) entry.get("summary")).remove("journalBytes");
        }
        assertEquals(localReferences, references);
        String compare = "/api/sessions/" + first.id() + "/compare?with=" + second.id();
        JsonNode local = get(journal.url(), compare, 200);
        JsonNode fromInflux = get(remoteUrl(), compare, 200);
        for (String side : new String[] {"session", "reference"}) {
            ((ObjectNode) local.get(side).get("summary")).remove("journalBytes");
            ((ObjectNode) fromInflux.get(side).get("summary")).remove("journalBytes");
        }
        assertEquals(local, fromInflux);
    }

    @Test
    void theReportPrintsFromInfluxDbAsFromTheJournal() throws Exception {
        String missing = PrintedPdf.missingTool();
        assumeTrue(missing == null, missing);
        String report = "/report.html?session=" + first.id();
        String remoteText = PrintedPdf.print(remoteUrl() + report, dir.resolve("remote.pdf")).text();
        assertTrue(remoteText.contains("Client A (client-a)") && remoteText.contains("heel too close to the knee, added in review"),
                remoteText);
        String localText = PrintedPdf.print(journal.url() + report, dir.resolve("local.pdf")).text();
        assertEquals(withoutFooter(localText), withoutFooter(remoteText), "the same report but for the footer (time, server)");
    }

    private static String withoutFooter(String text) {
        return text.replaceAll("Printed .* loads in kg-force", "");
    }

    @Test
    void theReviewPagesWorkUnchangedInABrowser() {
        ChromeDriver browser = HeadlessChromium.open();
        try {
            browser.manage().window().setSize(new Dimension(1400, 2000));
            browser.get(remote.url());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(d -> d.findElements(By.cssSelector("#sessions tbody tr[data-id]")).size() == 2);
            browser.findElement(By.cssSelector("#sessions tbody tr[data-id='" + first.id() + "'] a")).click();
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            assertTrue(((Number) browser.executeScript("return window.reviewState.seriesPoints")).intValue() > 100);
            long alarms = first.sim().alarms.stream().mapToLong(AlarmEvent::id).distinct().count();
            assertEquals(alarms, browser.findElements(By.cssSelector("#alarms-table tbody tr")).size(), "every alarm listed");
            browser.switchTo().frame("replay");
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-replay-ready")));
        } finally {
            browser.quit();
        }
    }

    private static boolean uploaded(SessionStore store, String id) {
        try {
            long size = Files.size(JournalFiles.journal(store.dir(), id));
            return UploadCursor.read(store.dir(), id) == size;
        } catch (java.io.IOException e) {
            return false;
        }
    }


    private static String remoteUrl() {
        return remote.url().replaceAll("/$", "");
    }

    private static JsonNode withoutJournalBytes(JsonNode list) {
        list.forEach(s -> ((ObjectNode) s).remove("journalBytes"));
        return list;
    }

    private static JsonNode get(String base, String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String text(String base, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
