package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.dashboard.fixtures.HeadlessChromium;
import dev.ashiatsu.dashboard.review.RecordedSessions.Recorded;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 12's walk-through: a trainer, in a real headless browser on a real server, clicks from the session
 * list through an instructor's session marked as the reference, a student's session beside it, the
 * practitioner's progress and a point on it, to that session's report, printed to PDF by chromium.
 *
 * <p>The sessions are made by the real recorder from simulated sessions of one practitioner: the
 * instructor's (the oldest, intensity 1.0) and three students' (heavier-handed, easing off). What the pages
 * show is checked against the API's answer for the same thing (numbers as printed, to their last digit)
 * and, where the simulation knows it, against what the monitor raised.
 *
 * <p>One step method per page ({@link #onTheSessionList}, {@link #onTheSessionPage}, {@link #onTheComparePage},
 * {@link #onTheProgressPage}, {@link #onTheReportPage}): a new figure on a page (strokes, dose, target bands)
 * is checked by adding to its step. Screenshots of each page go to {@code target/screenshots/walk-*.png}
 * and the printed report to {@code target/reports/walk-report.pdf}.
 */
class TrainerWalkThroughBrowserTest {

    private static final long DAY = 86_400_000L;
    /** Long enough for "alarms per hour" (sessions of a minute or more). */
    private static final double SESSION_MS = 62_000;
    /** Its duration, 119.99 s, is where rounding the seconds after splitting off the minutes showed "1:60". */
    private static final double NEARLY_TWO_MINUTES_MS = 120_000;
    private static final String LABEL = "Back sequence (instructor)";
    /** The journal keeps loads to 0.01 kg: the recorded peak is the monitor's to within half of that. */
    private static final double RECORDED_KG = 0.005 + 1e-9;
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
    /** The progress charts every recorded session has a point on (in-band % and smoothness come with bands and strokes). */
    private static final List<String> CHARTED = List.of("peakAppliedKg", "secondsOverLimit", "alarmsPerHour", "overLimitPercent");

    @TempDir
    Path sessions;

    @TempDir
    Path out;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ReviewServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private Recorded instructor;
    private List<Recorded> students;

    @BeforeEach
    void start() {
        String missing = PrintedPdf.missingTool();
        assumeTrue(missing == null, missing);
        browser = HeadlessChromium.open();
        browser.manage().window().setSize(new Dimension(1400, 1800));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        server = new ReviewServer(sessions);
        instructor = RecordedSessions.record(server.store, SESSION_MS, RecordedSessions.STARTED_AT, 1.0);
        students = List.of(
                RecordedSessions.record(server.store, SESSION_MS, RecordedSessions.STARTED_AT + DAY, 1.3),
                RecordedSessions.record(server.store, NEARLY_TWO_MINUTES_MS, RecordedSessions.STARTED_AT + 2 * DAY, 1.2),
                RecordedSessions.record(server.store, SESSION_MS, RecordedSessions.STARTED_AT + 3 * DAY, 1.1));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aTrainerWalksThroughAReferenceAComparisonProgressAndAPrintedReport() throws Exception {
        Recorded student = students.get(0);
        Recorded clicked = students.get(1);

        browser.get(server.url() + "/review.html");
        onTheSessionList().open(instructor, "Open");
        onTheSessionPage(instructor);
        click(By.id("beside-reference"));
        markAsTheReference(instructor);
        click(By.id("back"));
        onTheSessionPage(instructor);
        assertTrue(text(By.id("subtitle")).contains("reference: \"" + LABEL + "\""),
                "the instructor's session says it is the reference: " + text(By.id("subtitle")));
        click(By.linkText("All sessions"));

        onTheSessionList().open(student, "Open");
        onTheSessionPage(student);
        click(By.id("beside-reference"));
        onTheComparePage(student, instructor);
        click(By.id("back"));
        onTheSessionPage(student);
        click(By.linkText("All sessions"));

        onTheSessionList().open(student, "Progress");
        onTheProgressPage();
        clickThePointOf(clicked, "secondsOverLimit");
        onTheSessionPage(clicked);
        zoomTheChart(59, 61);
        click(By.id("print-report"));
        onTheReportPage(clicked);
    }

    // ---- the pages ---------------------------------------------------------------------------------------

    /** The session list: every recorded session, one row each, with the figures the API lists. */
    private SessionList onTheSessionList() throws Exception {
        wait.until(d -> d.findElements(By.cssSelector("#sessions tbody tr[data-id]")).size() == 4);
        JsonNode listed = api("/api/sessions");
        assertEquals(4, listed.size(), "the API lists the four recorded sessions");
        for (JsonNode summary : listed) {
            WebElement row = row(summary.get("id").asText());
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals(0, summary.get("framesLost").asLong(), "recorded whole: " + summary);
            assertEquals("Client A (client-a)", cells.get(1).getText(), "the client of " + summary.get("id"));
            assertEquals("Practitioner B (pract-b)", cells.get(2).getText(), "the practitioner of " + summary.get("id"));
            assertEquals(duration(summary.get("durationS").asDouble()), cells.get(3).getText(), "the duration of " + summary.get("id"));
            assertShows(summary.get("peakAppliedKg").asDouble(), 1, cells.get(4).getText(), "the peak of " + summary.get("id"));
            assertShows(summary.get("secondsOverLimit").asDouble(), 1, cells.get(5).getText(), "time over the limit of " + summary.get("id"));
            assertTrue(cells.get(6).getText().startsWith(summary.get("alarmCount").asText()),
                    "the alarms of " + summary.get("id") + ": " + cells.get(6).getText());
        }
        screenshot("walk-list");
        return new SessionList();
    }

    /** The list's links, per row. */
    private final class SessionList {
        void open(Recorded session, String link) {
            row(session.id()).findElement(By.linkText(link)).click();
        }
    }

    /** One session: whose it is, its figures and alarms as the API gives them. */
    private void onTheSessionPage(Recorded session) throws Exception {
        wait.until(d -> d.getCurrentUrl().endsWith("/session.html?id=" + session.id()));
        ready();
        JsonNode detail = api("/api/sessions/" + session.id());
        assertEquals("Client A · Practitioner B", text(By.id("title")));
        assertTrue(text(By.id("subtitle")).contains(session.id()), "the session's id is shown: " + text(By.id("subtitle")));
        assertEquals(detail.get("alarms").size(), browser.findElements(By.cssSelector("#alarms-table tbody tr")).size(),
                "every alarm of " + session.id() + " listed");
        assertEquals(distinctAlarms(session), detail.get("alarms").size(), "the API has the alarms the monitor raised");
        JsonNode mark = detail.get("reference");
        assertEquals(!mark.isNull(), text(By.id("subtitle")).contains("reference:"), "whether it is a reference: " + text(By.id("subtitle")));
        List<String> notes = browser.findElements(By.cssSelector("#notes li")).stream().map(WebElement::getText).toList();
        List<String> trainerNotes = new ArrayList<>();
        detail.get("notes").forEach(n -> {
            if (!n.get("text").asText().startsWith("[reference")) {
                trainerNotes.add(n.get("text").asText());
            }
        });
        assertEquals(trainerNotes.size(), notes.size(), "the trainer's notes, without the reference mark: " + notes);
        for (int i = 0; i < notes.size(); i++) {
            assertTrue(notes.get(i).endsWith(trainerNotes.get(i)), "note " + (i + 1) + ": " + notes.get(i));
        }
        Map<String, List<String>> stats = tableRows(By.cssSelector("#stats tbody tr"));
        assertEquals(List.of(tenthsClock(detail.get("statistics").get("durationS").asDouble())), stats.get("Duration"), "the duration");
        assertShows(detail.get("statistics").get("peakAppliedKg").asDouble(), 1, stats.get("Peak applied").get(0), "the peak");
        String replayEnd = "0:00.0 / " + tenthsClock((detail.get("lastMs").asDouble() - detail.get("firstMs").asDouble()) / 1000);
        browser.switchTo().frame(browser.findElement(By.id("replay")));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .withMessage(() -> "the replay's clock reads '" + replayEnd + "': " + text(By.id("replay-clock")))
                    .until(d -> replayEnd.equals(d.findElement(By.id("replay-clock")).getText()));
        } finally {
            browser.switchTo().defaultContent();
        }
        screenshot("walk-session");
    }

    /**
     * A drag across the session page's chart from {@code fromS} to {@code toS} (s from the start) zooms it
     * there; the axis reads as a clock at any zoom: distinct labels, seconds below 60.
     */
    private void zoomTheChart(double fromS, double toS) throws Exception {
        WebElement canvas = browser.findElement(By.id("chart"));
        js("arguments[0].scrollIntoView({block: 'center'})", canvas);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("const c = Chart.getChart(arguments[0]), x = c.scales.x, w = c.canvas.clientWidth / 2;"
                + " return [x.getPixelForValue(arguments[1]) - w, x.getPixelForValue(arguments[2]) - w,"
                + " (c.chartArea.top + c.chartArea.bottom) / 2 - c.canvas.clientHeight / 2];", canvas, fromS, toS);
        new Actions(browser).moveToElement(canvas, at.get(0).intValue(), at.get(2).intValue()).clickAndHold()
                .moveToElement(canvas, at.get(1).intValue(), at.get(2).intValue()).release().perform();
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage(() -> "the chart zooms to " + fromS + " to " + toS + " s: "
                        + js("const x = Chart.getChart(arguments[0]).scales.x; return [x.min, x.max];", canvas))
                .until(d -> (Boolean) js("const x = Chart.getChart(arguments[0]).scales.x;"
                        + " return Math.abs(x.min - arguments[1]) < 0.5 && Math.abs(x.max - arguments[2]) < 0.5;", canvas, fromS, toS));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) js("return Chart.getChart(arguments[0]).scales.x.ticks.map(t => String(t.label));", canvas);
        assertTrue(labels.size() >= 3, "the zoomed axis is labelled: " + labels);
        assertEquals(labels.size(), labels.stream().distinct().count(), "each label of the zoomed axis once: " + labels);
        assertTrue(labels.stream().allMatch(label -> label.matches("\\d+:[0-5]\\d(\\.\\d)?")), "the zoomed axis reads as a clock: " + labels);
        screenshot("walk-session-zoomed");
    }

    /** On the instructor's own "Beside a reference": nothing to compare with yet; marked with a label. */
    private void markAsTheReference(Recorded session) throws Exception {
        wait.until(d -> d.getCurrentUrl().contains("/compare.html?session=" + session.id()));
        ready();
        assertTrue(text(By.id("error")).contains("No reference to compare with yet"),
                "the page says why nothing is compared: " + text(By.id("error")));
        browser.findElement(By.id("mark-label")).sendKeys(LABEL);
        click(By.id("mark"));
        wait.until(d -> d.findElement(By.id("mark-status")).getText().equals("This session is a reference: \"" + LABEL + "\"."));
        assertTrue(browser.findElement(By.id("withdraw")).isDisplayed(), "the mark can be withdrawn");
        JsonNode references = api("/api/references");
        assertEquals(1, references.size(), "one reference: " + references);
        assertEquals(session.id(), references.get(0).get("summary").get("id").asText());
        assertEquals(LABEL, references.get(0).get("reference").get("label").asText());
    }

    /**
     * The student's session beside the reference: both curves, the figures of each with the difference, the
     * zones of each, and each side's alarms, as the API's comparison gives them.
     */
    private void onTheComparePage(Recorded session, Recorded reference) throws Exception {
        wait.until(d -> d.getCurrentUrl().contains("/compare.html?session=" + session.id()));
        ready();
        assertEquals("", text(By.id("error")), "the comparison is made");
        JsonNode c = api("/api/sessions/" + session.id() + "/compare?with=" + reference.id());
        assertTrue(text(By.id("reference-who")).contains(reference.id()) && text(By.id("reference-who")).contains(LABEL),
                "the newest reference is taken, with its label: " + text(By.id("reference-who")));
        assertTrue(text(By.id("session-who")).contains(session.id()), text(By.id("session-who")));

        for (int side = 0; side < 2; side++) {
            JsonNode stats = (side == 0 ? c.get("reference") : c.get("session")).get("statistics");
            int points = ((Number) js("return compareState.chart.data.datasets[" + side + "].data.length")).intValue();
            double highest = ((Number) js("return Math.max(...compareState.chart.data.datasets[" + side
                    + "].data.map(p => p.y ?? 0))")).doubleValue();
            assertTrue(points > 100, "curve " + side + " is drawn: " + points + " points");
            assertEquals(stats.get("peakAppliedKg").asDouble(), highest, 0.5, "curve " + side + " reaches the side's peak");
        }

        Map<String, List<String>> figures = tableRows(By.cssSelector("#figures tbody tr"));
        JsonNode r = c.get("reference").get("statistics");
        JsonNode s = c.get("session").get("statistics");
        JsonNode d = c.get("difference");
        assertEquals(List.of(duration(r.get("durationS").asDouble()), duration(s.get("durationS").asDouble())),
                figures.get("Duration").subList(0, 2), "the durations");
        for (String[] figure : new String[][] {{"Peak applied kg", "peakAppliedKg"}, {"Time over the limit s", "secondsOverLimit"}}) {
            List<String> shown = figures.get(figure[0]);
            assertTrue(shown != null, "the figures show " + figure[0] + ": " + figures);
            assertShows(r.get(figure[1]).asDouble(), 1, shown.get(0), figure[0] + " of the reference");
            assertShows(s.get(figure[1]).asDouble(), 1, shown.get(1), figure[0] + " of the session");
            assertShows(d.get(figure[1]).asDouble(), 1, shown.get(2), figure[0] + ", the difference");
        }
        assertEquals(List.of(r.get("alarmCount").asText(), s.get("alarmCount").asText()), figures.get("Alarms").subList(0, 2), "alarm counts");
        assertEquals(d.get("alarmCount").asInt(), (int) number(figures.get("Alarms").get(2)), "the difference in alarms");
        assertEquals(s.get("peakAppliedKg").asDouble() - r.get("peakAppliedKg").asDouble(), d.get("peakAppliedKg").asDouble(), 1e-9,
                "the difference is session minus reference");
        assertEquals(session.sim().monitor.statistics().peakAppliedKg(), s.get("peakAppliedKg").asDouble(), RECORDED_KG,
                "the session's peak is the monitor's");
        assertEquals(reference.sim().monitor.statistics().peakAppliedKg(), r.get("peakAppliedKg").asDouble(), RECORDED_KG,
                "the reference's peak is the monitor's");
        if (d.get("secondsOverLimit").asDouble() > 0) {
            assertTrue(cellOf(By.cssSelector("#figures tbody tr"), "Time over the limit s", 3).getAttribute("class").contains("worse"),
                    "more time over the limit than the reference is marked worse");
        }

        Map<String, List<String>> zones = tableRows(By.cssSelector("#zones tbody tr"));
        assertEquals(c.get("zones").size(), zones.size(), "one row per zone loaded on either side: " + zones.keySet());
        for (JsonNode zone : c.get("zones")) {
            String name = zone.get("zone").asText().replace('_', ' ');
            List<String> shown = zones.get(name);
            assertTrue(shown != null, "the zone " + name + " is in the table: " + zones.keySet());
            String[] keys = {"seconds", "peakKg", "meanKg"};
            for (int k = 0; k < keys.length; k++) {
                assertSide(zone.get("reference"), keys[k], shown.get(3 * k), name + " " + keys[k] + " of the reference");
                assertSide(zone.get("session"), keys[k], shown.get(3 * k + 1), name + " " + keys[k] + " of the session");
                assertSide(zone.get("difference"), keys[k], shown.get(3 * k + 2), name + " " + keys[k] + ", the difference");
            }
        }

        for (String side : new String[] {"reference", "session"}) {
            JsonNode alarms = c.get(side).get("alarms");
            assertEquals(distinctAlarms(side.equals("session") ? session : reference), alarms.size(),
                    "the API has the alarms the monitor raised for the " + side);
            String count = text(By.id(side + "-alarm-count"));
            assertTrue(count.startsWith(alarms.size() + (alarms.size() == 1 ? " alarm" : " alarms")), "the " + side + "'s alarm count: " + count);
            c.get(side).get("alarmsByType").fields().forEachRemaining(type -> assertTrue(
                    count.contains(type.getValue().asInt() + " " + type.getKey().replace('_', ' ')),
                    "the " + side + "'s " + type.getKey() + " alarms counted: " + count));
            List<WebElement> rows = browser.findElements(By.cssSelector("#" + side + "-alarms tbody tr"));
            assertEquals(Math.min(alarms.size(), 14), rows.stream().filter(row -> !row.getText().startsWith("and ")).count(),
                    "the " + side + "'s alarms listed");
            double loadingMs = c.get(side).get("alignMs").asDouble();
            for (int i = 0; i < Math.min(alarms.size(), 14); i++) {
                JsonNode alarm = alarms.get(i);
                List<String> cells = rows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
                assertEquals(List.of(signedClock((alarm.get("startMs").asDouble() - loadingMs) / 1000), alarm.get("type").asText().replace('_', ' ')),
                        cells.subList(0, 2), "the " + side + "'s alarm " + (i + 1) + ", at its time on the chart's clock (from the start of loading)");
            }
        }
        screenshot("walk-compare");
    }

    /** The practitioner across sessions: one point per session on each chart, the sessions listed oldest first. */
    private void onTheProgressPage() throws Exception {
        wait.until(d -> d.getCurrentUrl().contains("/progress.html?practitioner=pract-b"));
        ready();
        assertEquals("Progress of Practitioner B", text(By.id("title")));
        JsonNode progress = api("/api/practitioners/pract-b/progress");
        List<String> order = new ArrayList<>();
        progress.get("sessions").forEach(p -> order.add(p.get("id").asText()));
        List<String> expected = new ArrayList<>(List.of(instructor.id()));
        students.forEach(s -> expected.add(s.id()));
        assertEquals(expected, order, "the sessions oldest first");
        List<String> listed = browser.findElements(By.cssSelector("#sessions tbody tr[data-id]")).stream()
                .map(row -> row.getAttribute("data-id")).toList();
        assertEquals(expected, listed, "the sessions behind the points, in the points' order");
        for (JsonNode p : progress.get("sessions")) {
            assertEquals(duration(p.get("durationS").asDouble()), row(p.get("id").asText()).findElements(By.tagName("td")).get(3).getText(),
                    "the duration of " + p.get("id"));
        }
        for (String figure : CHARTED) {
            @SuppressWarnings("unchecked")
            List<Number> ys = (List<Number>) js("const c = progressState.charts[arguments[0]];"
                    + " return c ? c.data.datasets[0].data.map(p => p.y) : null;", figure);
            assertTrue(ys != null, "the " + figure + " chart is drawn");
            assertEquals(4, ys.size(), "one point per session on " + figure);
            for (int i = 0; i < ys.size(); i++) {
                assertEquals(progress.get("sessions").get(i).get(figure).asDouble(), ys.get(i).doubleValue(), 1e-9,
                        figure + " of session " + (i + 1));
            }
            String trend = text(By.cssSelector("[data-figure='" + figure + "'] .trend"));
            assertTrue(trend.startsWith("trend over 4 sessions: "), "the trend of " + figure + ": " + trend);
        }
        for (int i = 0; i < students.size(); i++) {
            assertEquals(students.get(i).sim().monitor.statistics().peakAppliedKg(),
                    progress.get("sessions").get(i + 1).get("peakAppliedKg").asDouble(), RECORDED_KG, "the peak of student session " + (i + 1));
        }
        screenshot("walk-progress");
    }

    /** A click on {@code session}'s point of the {@code figure} chart, where it is drawn. */
    private void clickThePointOf(Recorded session, String figure) {
        int index = 1 + students.indexOf(session);
        WebElement canvas = browser.findElement(By.cssSelector("[data-figure='" + figure + "'] canvas"));
        js("arguments[0].scrollIntoView({block: 'center'})", canvas);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("const c = progressState.charts[arguments[0]], p = c.getDatasetMeta(0).data[arguments[1]];"
                + " return [p.x - c.canvas.clientWidth / 2, p.y - c.canvas.clientHeight / 2];", figure, index);
        new Actions(browser).moveToElement(canvas, at.get(0).intValue(), at.get(1).intValue()).click().perform();
    }

    /**
     * The report of one session on screen and printed by chromium to PDF: client, practitioner, the zone
     * table and the alarms, on one or two A4 pages.
     */
    private void onTheReportPage(Recorded session) throws Exception {
        wait.until(d -> d.getCurrentUrl().endsWith("/report.html?session=" + session.id()));
        ready();
        JsonNode detail = api("/api/sessions/" + session.id());
        assertEquals("", text(By.id("error")), "the report is made");
        assertTrue(text(By.id("client")).contains("Client A (client-a)"), text(By.id("client")));
        assertTrue(text(By.id("practitioner")).contains("Practitioner B (pract-b)"), text(By.id("practitioner")));
        assertTrue(text(By.id("figures")).contains("Duration\n" + duration(detail.get("statistics").get("durationS").asDouble())),
                "the duration, as in the list: " + text(By.id("figures")));
        JsonNode alarms = detail.get("alarms");
        assertEquals(alarms.size() + (alarms.size() == 1 ? " alarm" : " alarms"), text(By.id("alarm-count")));
        assertEquals(Math.min(alarms.size(), 24), browser.findElements(By.cssSelector("#alarms tbody tr")).size(), "the alarms listed");
        Map<String, List<String>> zones = tableRows(By.cssSelector("#zones tbody tr"));
        detail.get("statistics").get("zones").fields().forEachRemaining(zone -> {
            List<String> shown = zones.get(zone.getKey().replace('_', ' '));
            assertTrue(shown != null, "the loaded zone " + zone.getKey() + " is in the table: " + zones.keySet());
            assertShows(zone.getValue().get("seconds").asDouble(), 1, shown.get(1), zone.getKey() + " time");
            assertShows(zone.getValue().get("peakKg").asDouble(), 1, shown.get(3), zone.getKey() + " peak");
        });
        screenshot("walk-report");

        PrintedPdf pdf = PrintedPdf.print(browser.getCurrentUrl(), out.resolve("report.pdf"));
        Path kept = Path.of("target", "reports", "walk-report.pdf");
        Files.createDirectories(kept.getParent());
        Files.copy(pdf.file, kept, StandardCopyOption.REPLACE_EXISTING);
        String printed = pdf.text();
        assertFalse(printed.contains("could not be made"), printed);
        List<String> expected = new ArrayList<>(List.of("Session report", session.id(), "Client A (client-a)",
                "Practitioner B (pract-b)", "Zones", "Alarms", alarms.size() + " alarms"));
        detail.get("statistics").get("zones").fields().forEachRemaining(zone -> {
            expected.add(zone.getKey().replace('_', ' '));
            expected.add(String.format(Locale.ROOT, "%.1f", zone.getValue().get("peakKg").asDouble()));
        });
        alarms.forEach(alarm -> expected.add(alarm.get("type").asText().replace('_', ' ')));
        for (String text : expected) {
            assertTrue(printed.contains(text), "the printed report shows '" + text + "':\n" + printed);
        }
        int pages = pdf.pages();
        assertTrue(pages >= 1 && pages <= 2, "one or two pages, printed " + pages);
        double[] size = pdf.pageSizePts();
        assertEquals(595, size[0], 1.5, "A4 width in points");
        assertEquals(842, size[1], 1.5, "A4 height in points");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private WebElement row(String id) {
        return browser.findElement(By.cssSelector("#sessions tbody tr[data-id='" + id + "']"));
    }

    private void click(By by) {
        WebElement element = browser.findElement(by);
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void ready() {
        wait.until(d -> {
            String state = d.findElement(By.tagName("body")).getAttribute("data-ready");
            assertFalse("error".equals(state), () -> "the page " + d.getCurrentUrl() + " failed: " + d.findElement(By.id("error")).getText());
            return "true".equals(state);
        });
    }

    private String text(By by) {
        return browser.findElement(by).getText();
    }

    /** Rows of a table by their first cell's text: the other cells' texts. */
    private Map<String, List<String>> tableRows(By rows) {
        Map<String, List<String>> table = new HashMap<>();
        for (WebElement row : browser.findElements(rows)) {
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            if (!cells.isEmpty()) {
                table.put(cells.get(0), cells.subList(1, cells.size()));
            }
        }
        return table;
    }

    /** The cell in {@code column} (0: the first) of the row whose first cell reads {@code first}. */
    private WebElement cellOf(By rows, String first, int column) {
        for (WebElement row : browser.findElements(rows)) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (!cells.isEmpty() && cells.get(0).getText().equals(first)) {
                return cells.get(column);
            }
        }
        throw new AssertionError("no row '" + first + "'");
    }

    /** A side of a zone: its number shown, or "–" where the API has none (a zone not loaded on that side). */
    private static void assertSide(JsonNode side, String key, String shown, String what) {
        JsonNode value = side == null || side.isNull() ? null : side.get(key);
        if (value == null || value.isNull()) {
            assertEquals("–", shown, what + " is not shown");
        } else {
            assertShows(value.asDouble(), 1, shown, what);
        }
    }

    /** {@code shown} holds {@code expected} as printed with {@code digits} decimals (the page's rounding may differ by one in the last). */
    private static void assertShows(double expected, int digits, String shown, String what) {
        double step = Math.pow(10, -digits);
        assertEquals(expected, number(shown), step * 0.5 + 1e-9, what + ": shown '" + shown + "', the API says " + expected);
    }

    private static double number(String text) {
        Matcher m = NUMBER.matcher(text);
        assertTrue(m.find(), "a number in '" + text + "'");
        return Double.parseDouble(m.group());
    }

    /** As the review pages print a duration: m:ss, rounded to the whole second. */
    private static String duration(double seconds) {
        long whole = Math.round(seconds);
        return whole / 60 + ":" + String.format(Locale.ROOT, "%02d", whole % 60);
    }

    /** As the comparison and the report print an event's time: m:ss, seconds cut. */
    private static String clock(double seconds) {
        return (int) Math.floor(seconds / 60) + ":" + String.format(Locale.ROOT, "%02d", (int) Math.floor(seconds % 60));
    }

    /** As the chart of a comparison labels its axis: seconds from the start of loading, before it with a minus sign. */
    private static String signedClock(double seconds) {
        return (seconds <= -1 ? "-" : "") + clock(Math.abs(seconds));
    }

    /** As the session page and its replay print a time: m:ss.s, rounded to the tenth. */
    private static String tenthsClock(double seconds) {
        long tenths = Math.round(seconds * 10);
        return tenths / 600 + ":" + String.format(Locale.ROOT, "%04.1f", (tenths % 600) / 10.0);
    }

    private static long distinctAlarms(Recorded session) {
        return session.sim().alarms.stream().mapToLong(AlarmEvent::id).distinct().count();
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return json.readTree(response.body());
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void screenshot(String name) throws Exception {
        HeadlessChromium.saveScreenshot(browser, Path.of("target", "screenshots", name + ".png"));
    }
}
