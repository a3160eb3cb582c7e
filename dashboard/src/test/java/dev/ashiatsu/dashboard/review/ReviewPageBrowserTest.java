package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.dashboard.fixtures.HeadlessChromium;
import dev.ashiatsu.dashboard.review.RecordedSessions.Recorded;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review pages in a real headless browser (Debian's chromium through Selenium) over two recorded
 * simulated sessions: the list, then one session with the other overlaid: chart drawn, alarms listed,
 * replay moving. Saves a screenshot to {@code target/screenshots/review.png}.
 */
class ReviewPageBrowserTest {

    @TempDir
    Path sessions;

    private ReviewServer server;
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.open();
        server = new ReviewServer(sessions);
        browser.manage().window().setSize(new Dimension(1400, 2600));
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
    void aClientStopIsMarkedOnTheChartAndOnItsZoneOfTheBodyMap() throws Exception {
        Recorded recorded = RecordedSessions.record(server.store, 30_000, RecordedSessions.STARTED_AT, 1.0, 8_000, 9_000);
        AlarmEvent stop = recorded.sim().alarms.stream().filter(a -> a.type() == AlarmType.CLIENT_STOP)
                .findFirst().orElseThrow();

        browser.get(server.url() + "/session.html?id=" + recorded.id());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));

        wait.until(d -> ((Number) js("return (window.reviewState.stopMarks || []).length")).intValue() == 1);
        assertEquals(stop.id(), ((Number) js("return window.reviewState.stopMarks[0].id")).longValue());
        var sign = browser.findElement(By.cssSelector("#body g.client-stop[data-alarm-id='" + stop.id() + "']"));
        assertEquals("MID_BACK", sign.getAttribute("data-zone"), "on the zone it was pressed over");
        assertEquals(Zone.MID_BACK, stop.zone());
        assertTrue(sign.findElement(By.tagName("title")).getAttribute("textContent").contains("30.0 kg"),
                "its load in the tooltip");
        assertEquals(1, browser.findElements(By.cssSelector("#alarms-table tbody tr.client-stop")).size());
    }

    @Test
    void aRecordedSessionIsListedChartedAndReplayed() throws Exception {
        Recorded instructor = RecordedSessions.record(server.store, 60_000, RecordedSessions.STARTED_AT);
        Recorded student = RecordedSessions.record(server.store, 75_000, RecordedSessions.STARTED_AT + 86_400_000, 1.15);

        browser.get(server.url() + "/review.html");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> d.findElements(By.cssSelector("#sessions tbody tr[data-id]")).size() == 2);
        assertEquals(student.id(), browser.findElement(By.cssSelector("#sessions tbody tr[data-id]")).getAttribute("data-id"),
                "newest first");

        browser.findElement(By.cssSelector("#sessions tbody tr[data-id='" + student.id() + "'] a")).click();
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        new Select(browser.findElement(By.id("compare"))).selectByValue(instructor.id());
        wait.until(d -> ((Number) js("return window.reviewState && chart_compared_points()")).intValue() > 0);

        assertTrue(((Number) js("return window.reviewState.seriesPoints")).intValue() > 100, "series loaded");
        long drawn = ((Number) js("const c = document.getElementById('chart'); const p = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < p.length; i += 4)"
                + " if (p[i] > 0) n++; return n;")).longValue();
        assertTrue(drawn > 5_000, "the chart has drawn pixels: " + drawn);

        long alarms = student.sim().alarms.stream().mapToLong(AlarmEvent::id).distinct().count();
        assertEquals(alarms, browser.findElements(By.cssSelector("#alarms-table tbody tr")).size(), "every alarm listed");
        assertTrue(browser.findElement(By.id("alarms-table")).getText().contains("OVER LIMIT"));
        String kneeFill = browser.findElement(By.cssSelector("#body rect.zone[data-zone='KNEE']")).getAttribute("fill");
        assertTrue(kneeFill.startsWith("rgba(224,36,36,"), "a loaded no-go zone is red on the body map: " + kneeFill);

        browser.switchTo().frame("replay");
        wait.withMessage(() -> "the replay frame did not start: " + browser.findElement(By.tagName("body")).getText()
                        + " " + js("return JSON.stringify(window.replay && { pos: window.replay.pos, t0: window.replay.t0 })")
                        + " console: " + browser.manage().logs().get("browser").getAll())
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-replay-ready")));
        wait.withMessage(() -> "");
        assertTrue(browser.findElements(By.cssSelector("#body rect.zone")).size() >= 9, "the live page's body drawing");
        browser.switchTo().defaultContent();
        js("seek(window.reviewState.t0 + 20000);");
        browser.switchTo().frame("replay");
        wait.until(d -> ((Number) js("return window.replay.pos")).doubleValue() >= ((Number) js("return window.replay.t0")).doubleValue() + 20000
                && ((Number) js("return window.replay.queue.length")).intValue() > 0);
        double before = ((Number) js("return window.replay.pos")).doubleValue();
        int deliveredBefore = ((Number) js("return window.replay.delivered")).intValue();
        new Select(browser.findElement(By.id("replay-speed"))).selectByValue("8");
        browser.findElement(By.id("replay-play")).click();
        wait.until(d -> ((Number) js("return window.replay.pos")).doubleValue() > before + 8_000
                && ((Number) js("return window.replay.delivered")).intValue() > deliveredBefore + 20);
        browser.findElement(By.id("replay-play")).click();
        String applied = browser.findElement(By.id("applied")).getText();
        assertTrue(applied.matches("-?[0-9]+\\.[0-9]"), "the live page's reading shows a replayed load: " + applied);
        assertTrue(browser.findElement(By.id("replay-clock")).getText().matches("[0-9]+:[0-9]{2}\\.[0-9] / 1:15\\.0"),
                browser.findElement(By.id("replay-clock")).getText());
        double framePos = ((Number) js("return window.replay.pos")).doubleValue();
        browser.switchTo().defaultContent();
        wait.until(d -> ((Number) js("return window.reviewState.pos")).doubleValue() == framePos);

        AlarmEvent overLimit = student.sim().alarms.stream().filter(a -> a.type() == dev.ashiatsu.core.alarm.AlarmType.OVER_LIMIT)
                .findFirst().orElseThrow();
        js("seek(window.reviewState.t0 + " + (overLimit.startMs() + 1500) + ");");
        browser.switchTo().frame("replay");
        wait.until(d -> !d.findElements(By.cssSelector("#alarms li.HIGH[data-type='OVER_LIMIT']")).isEmpty());
        wait.until(d -> d.findElement(By.id("reading")).getAttribute("class").contains("alarm-HIGH"));
        assertEquals("OVER", browser.findElement(By.id("reading")).getAttribute("data-status"),
                "the replayed card shows the status the server judged");
        wait.withMessage(() -> "the live chart shows the half minute before the position after a seek")
                .until(d -> (Boolean) js("const c = Chart.getChart('chart');"
                        + " return c.data.datasets[0].data.length > 200 && Math.abs(c.scales.x.max - window.replay.pos / 1000) < 0.1"));
        browser.switchTo().defaultContent();

        Path shot = HeadlessChromium.saveScreenshot(browser, Path.of("target", "screenshots", "review.png"));
        assertTrue(Files.size(shot) > 10_000);
    }

    private Object js(String script) {
        String helpers = "function chart_compared_points() { return Chart.getChart('chart').data.datasets[3].data.length; }\n";
        return ((JavascriptExecutor) browser).executeScript(helpers + script);
    }
}
