package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.dashboard.fixtures.HeadlessChromium;
import dev.ashiatsu.dashboard.review.RecordedSessions.Recorded;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * A trainer in a real headless browser: from the list to a student's progress, a click on a point of the
 * peak chart to that session, and from there the printable report; then an instructor's session marked as
 * the reference and a student's set beside it. Saves {@code target/screenshots/progress.png},
 * {@code report.png} and {@code compare.png}.
 */
class TeachingPagesBrowserTest {

    private static final long DAY = 86_400_000L;

    @TempDir
    Path sessions;

    private ReviewServer server;
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.open();
        server = new ReviewServer(sessions);
        browser.manage().window().setSize(new Dimension(1400, 1800));
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
    void aTrainerFollowsAStudentsProgressToASessionAndPrintsItsReport() throws Exception {
        List<Recorded> recorded = List.of(
                RecordedSessions.record(server.store, 65_000, RecordedSessions.STARTED_AT, 1.3),
                RecordedSessions.record(server.store, 65_000, RecordedSessions.STARTED_AT + DAY, 1.15),
                RecordedSessions.record(server.store, 65_000, RecordedSessions.STARTED_AT + 2 * DAY, 1.0));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(server.url() + "/review.html");
        wait.until(d -> d.findElements(By.cssSelector("#sessions tbody tr[data-id]")).size() == 3);
        browser.findElement(By.cssSelector("#sessions tbody tr[data-id] a.progress-link")).click();
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertEquals("Progress of Practitioner B", browser.findElement(By.id("title")).getText());
        assertEquals(3, ((Number) js("return progressState.charts.peakAppliedKg.data.datasets[0].data.length")).intValue(),
                "one point per session");
        assertEquals(3, browser.findElements(By.cssSelector("#sessions tbody tr[data-id]")).size(), "the sessions behind the points");
        assertTrue(browser.findElement(By.cssSelector("[data-figure='peakAppliedKg'] .trend")).getText()
                .matches("trend over 3 sessions: [0-9.]+ → [0-9.]+ kg \\(better\\)"),
                browser.findElement(By.cssSelector("[data-figure='peakAppliedKg'] .trend")).getText());
        assertTrue(browser.findElement(By.cssSelector("[data-figure='inBandPercent'] .empty")).getText()
                .contains("No session carries target bands yet"));
        assertEquals(3, ((Number) js("return progressState.charts.strokeSmoothness.data.datasets[0].data.length")).intValue(),
                "the sessions carry strokes: one smoothness point each");
        assertTrue(browser.findElements(By.cssSelector("[data-figure='strokeSmoothness'] .empty")).isEmpty());
        HeadlessChromium.saveScreenshot(browser, Path.of("target", "screenshots", "progress.png"));

        WebElement canvas = browser.findElement(By.cssSelector("[data-figure='peakAppliedKg'] canvas"));
        js("arguments[0].scrollIntoView({block: 'center'})", canvas);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("const c = progressState.charts.peakAppliedKg, p = c.getDatasetMeta(0).data[0];"
                + " return [p.x - c.canvas.clientWidth / 2, p.y - c.canvas.clientHeight / 2];");
        new Actions(browser).moveToElement(canvas, at.get(0).intValue(), at.get(1).intValue()).click().perform();
        wait.until(d -> d.getCurrentUrl().endsWith("/session.html?id=" + recorded.get(0).id()));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));

        browser.findElement(By.id("print-report")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/report.html?session=" + recorded.get(0).id()));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertTrue(browser.findElement(By.id("client")).getText().contains("Client A (client-a)"));
        long alarms = recorded.get(0).sim().alarms.stream().mapToLong(a -> a.id()).distinct().count();
        assertEquals(alarms, browser.findElements(By.cssSelector("#alarms tbody tr")).size(), "every alarm of the session listed");
        long drawn = ((Number) js("const c = document.getElementById('chart'); const p = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < p.length; i += 4)"
                + " if (p[i] > 0) n++; return n;")).longValue();
        assertTrue(drawn > 5_000, "the report's chart has drawn pixels: " + drawn);
        assertTrue(browser.findElements(By.cssSelector("#body rect.zone")).size() >= 9, "the body map's zones");
        HeadlessChromium.saveScreenshot(browser, Path.of("target", "screenshots", "report.png"));
    }

    @Test
    void aTrainerMarksTheInstructorsSessionAsTheReferenceAndSetsTheStudentsBesideIt() throws Exception {
        Recorded instructor = RecordedSessions.record(server.store, 50_000, RecordedSessions.STARTED_AT, 1.0);
        Recorded student = RecordedSessions.record(server.store, 60_000, RecordedSessions.STARTED_AT + DAY, 1.2);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(server.url() + "/session.html?id=" + instructor.id());
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        browser.findElement(By.id("beside-reference")).click();
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertTrue(browser.findElement(By.id("error")).getText().contains("No reference to compare with yet"));
        browser.findElement(By.id("mark-label")).sendKeys("Back sequence (instructor)");
        browser.findElement(By.id("mark")).click();
        wait.until(d -> d.findElement(By.id("mark-status")).getText()
                .equals("This session is a reference: \"Back sequence (instructor)\"."));

        browser.get(server.url() + "/session.html?id=" + student.id());
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        browser.findElement(By.id("beside-reference")).click();
        wait.until(d -> d.getCurrentUrl().contains("/compare.html?session=" + student.id()));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertEquals(instructor.id(), js("return compareState.withId"), "the newest reference is taken");
        assertTrue(browser.findElement(By.id("reference-who")).getText().contains("Back sequence (instructor)"));
        assertEquals(2, ((Number) js("return compareState.chart.data.datasets.slice(0, 2).filter(d => d.data.length > 100).length"))
                .intValue(), "both curves drawn");
        double referenceStart = ((Number) js("return compareState.chart.data.datasets[0].data.find(p => p.y >= 5).x")).doubleValue();
        double sessionStart = ((Number) js("return compareState.chart.data.datasets[1].data.find(p => p.y >= 5).x")).doubleValue();
        assertTrue(Math.abs(referenceStart) < 2 && Math.abs(sessionStart) < 2,
                "both curves rise at the start of loading: " + referenceStart + " s and " + sessionStart + " s");
        String figures = browser.findElement(By.id("figures")).getText();
        assertTrue(figures.contains("Peak applied kg") && figures.contains("Time over the limit s"), figures);
        assertTrue(browser.findElements(By.cssSelector("#zones tbody tr")).size() >= 4, "zones in two columns");
        assertTrue(browser.findElement(By.cssSelector("#session-body rect.zone[data-zone='KNEE']")).getAttribute("fill")
                .startsWith("rgba(224,36,36,"), "the student's no-go load is red on their body map");
        assertEquals(9, browser.findElements(By.cssSelector("#reference-body rect.zone")).size(), "the reference's body map");
        assertEquals(student.sim().alarms.stream().mapToLong(a -> a.id()).distinct().count(),
                browser.findElements(By.cssSelector("#session-alarms tbody tr")).size(), "the student's alarms");
        HeadlessChromium.saveScreenshot(browser, Path.of("target", "screenshots", "compare.png"));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
