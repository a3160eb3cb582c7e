package dev.ashiatsu.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.gpio.GuidePattern;
import dev.ashiatsu.core.LoadStatus;
import dev.ashiatsu.dashboard.fixtures.HeadlessChromium;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.SteeredLoad;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The audible load guide in headless Chromium on a steered load: switched on from the page (and kept by the
 * session across a reload), its Web Audio graph read back through {@code window.guideAudio}: a sine
 * oscillator whose pitch rises and tick interval falls as the load nears the limit, silent below the
 * chosen share, at the same rate as the table's buzzer ({@link GuidePattern}) for the same update, and
 * silent while an alarm sounds. Saves target/live-load-guide.png.
 */
class LoadGuideBrowserTest {

    @TempDir
    Path data;
    ChromeDriver browser;
    RunningDashboard server;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open("--autoplay-policy=no-user-gesture-required", "--window-size=1280,900");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theGuideTicksFasterAndHigherAsTheLoadNearsTheLimitAndIsSilentBelowTheChosenShare() throws Exception {
        SteeredLoad load = new SteeredLoad();
        server = RunningDashboard.start(data, new ScriptedSource(TestTable.table(), 80, load), TestTable.table(),
                TestTable.client(), TestTable.practitioner(), true);
        browser.get(server.uri("/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return !!(state.update && state.update.phase === 'CLIENT' && state.update.baselineKg !== null)")));
        browser.findElement(By.id("sound-banner")).click();
        wait.until(d -> "on".equals(browser.findElement(By.tagName("body")).getAttribute("data-sound")));

        new Select(browser.findElement(By.id("guide-from"))).selectByValue("0.3");
        browser.findElement(By.id("guide")).click();
        wait.until(d -> d.findElement(By.id("guide")).getText().equals("Guide on"));

        load.steer(0.5 * TestTable.LIMIT_KG, TestTable.LOAD_X_CM);
        wait.until(d -> shareNow() > 0.45 && shareNow() < 0.55 && ticks() >= 2);
        Map<String, Object> half = sameMoment();
        assertEquals("sine", audio(half).get("type"), "a sine tone, unlike the square-wave alarms");
        assertEquals(buzzerPeriod(half), ((Number) audio(half).get("intervalMs")).longValue(),
                "the page ticks at the buzzer's rate for the same update");

        load.steer(0.85 * TestTable.LIMIT_KG, TestTable.LOAD_X_CM);
        wait.until(d -> shareNow() > 0.8 && shareNow() < 0.88);
        Map<String, Object> near = sameMoment();
        HeadlessChromium.saveScreenshot(browser, Path.of("target", "live-load-guide.png"));
        assertEquals(buzzerPeriod(near), ((Number) audio(near).get("intervalMs")).longValue());
        assertTrue(hz(near) > hz(half), "higher nearer the limit: " + hz(half) + " then " + hz(near) + " Hz");
        assertTrue(hz(near) < 440, "below every alarm tone: " + hz(near) + " Hz");
        long ticksNear = ticks();
        wait.until(d -> ticks() >= ticksNear + 2);

        load.steer(1.3 * TestTable.LIMIT_KG, TestTable.LOAD_X_CM);
        wait.until(d -> !d.findElements(By.cssSelector("#alarms li.HIGH[data-type='OVER_LIMIT']:not(.acknowledged)")).isEmpty());
        wait.until(d -> "HIGH".equals(browser.executeScript("return state.playing")));
        wait.until(d -> !"ticking".equals(d.findElement(By.tagName("body")).getAttribute("data-guide")));
        long ticksDuringAlarm = ticks();
        assertEquals(Boolean.FALSE, audio(sameMoment()).get("sounding"), "the alarm alone sounds, not the guide");
        browser.findElement(By.id("ack-all")).click();
        wait.until(d -> browser.executeScript("return state.playing") == null);
        wait.until(d -> ticks() >= ticksDuringAlarm + 2);
        assertEquals(GuidePattern.FASTEST_PERIOD_MS, ((Number) audio(sameMoment()).get("intervalMs")).longValue(),
                "acknowledged and still over the limit: the guide's fastest ticks");

        load.steer(0.2 * TestTable.LIMIT_KG, TestTable.LOAD_X_CM);
        wait.until(d -> shareNow() < 0.25);
        wait.until(d -> "silent".equals(d.findElement(By.tagName("body")).getAttribute("data-guide")));
        assertEquals(Boolean.FALSE, audio(sameMoment()).get("sounding"), "silent below 30 % of the limit");

        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.id("guide")).getText().equals("Guide on"));
        assertEquals("0.3", browser.findElement(By.id("guide-from")).getAttribute("value"), "kept with the session");
    }

    /** The page's update and its guide graph, read in one script so they belong to the same moment. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> sameMoment() {
        Map<String, Object> both = (Map<String, Object>) browser.executeScript(
                "return { update: state.update, audio: Object.assign({}, window.guideAudio) }");
        assertNotNull(both.get("update"));
        return both;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> audio(Map<String, Object> moment) {
        return (Map<String, Object>) moment.get("audio");
    }

    private static double hz(Map<String, Object> moment) {
        return ((Number) audio(moment).get("hz")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static long buzzerPeriod(Map<String, Object> moment) {
        Map<String, Object> u = (Map<String, Object>) moment.get("update");
        double share = GuidePattern.shareOf(((Number) u.get("appliedKg")).doubleValue(),
                ((Number) u.get("limitKg")).doubleValue(), LoadStatus.valueOf((String) u.get("status")));
        return GuidePattern.periodMs(share, 0.3).orElseThrow();
    }

    private double shareNow() {
        Object share = browser.executeScript("return state.update ? LoadGuide.shareOf(state.update) : null");
        return share == null ? Double.NaN : ((Number) share).doubleValue();
    }

    private long ticks() {
        return ((Number) browser.executeScript("return window.guideAudio.ticks")).longValue();
    }
}
