package dev.ashiatsu.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Target bands on the live page in headless Chromium on a steered load: set from the Training panel, drawn on
 * the gauge where the server puts them, the status in words as the server judges it (below, in, above), a
 * chime on entering the band with the guide on, a band above the limit refused with the reason, and a preset
 * saved from the panel and used for the session.
 * Saves target/live-target-band.png.
 */
class TargetBandBrowserTest {

    @TempDir
    Path data;
    ChromeDriver browser;
    RunningDashboard server;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open("--autoplay-policy=no-user-gesture-required", "--window-size=1280,1400");
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
    void aBandSetOnThePageIsDrawnOnTheGaugeAndItsStatusSaidAsTheServerJudgesIt() throws Exception {
        SteeredLoad load = new SteeredLoad();
        server = RunningDashboard.start(data, new ScriptedSource(TestTable.table(), 80, load), TestTable.table(),
                TestTable.client(), TestTable.practitioner(), true);
        browser.get(server.uri("/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return !!(state.update && state.update.phase === 'CLIENT' && state.update.baselineKg !== null)")));
        browser.findElement(By.id("sound-banner")).click();
        browser.findElement(By.id("guide")).click();
        wait.until(d -> d.findElement(By.id("guide")).getText().equals("Guide on"));

        // the thigh: 20-35 % of 70 kg is 14-24.5 kg, under the client's 30 kg there
        wait.until(d -> d.findElement(By.id("training-panel")).isDisplayed());
        setBand("THIGH", "20", "35");
        wait.until(d -> d.findElement(By.id("bands-message")).getText().equals("Bands set."));

        load.steer(10, TestTable.LOAD_X_CM);
        WebElement status = browser.findElement(By.id("band-status"));
        wait.until(d -> "UNDER".equals(status.getAttribute("data-band-status")));
        assertEquals("BELOW THE BAND · THIGH 20–35 %", status.getText());
        Map<String, Object> under = gaugeAndUpdate();
        double expectedLeft = 14.0 / 30 / 1.2 * 100;
        assertEquals(expectedLeft, (Double) under.get("left"), 0.1, "the band's bottom where the server's kg fall: " + under);
        assertEquals(24.5 / 30 / 1.2 * 100 - expectedLeft, (Double) under.get("width"), 0.1, under.toString());
        assertEquals("UNDER", under.get("bandStatus"), "the words follow the server's bandStatus");
        long chimesBefore = chimes();

        load.steer(20, TestTable.LOAD_X_CM);
        wait.until(d -> "IN".equals(status.getAttribute("data-band-status")));
        assertEquals("IN THE BAND · THIGH 20–35 %", status.getText());
        wait.until(d -> chimes() > chimesBefore);
        assertTrue(Boolean.TRUE.equals(browser.executeScript(
                "return chart.data.datasets[2].data.some(p => p.y !== null) && chart.data.datasets[3].data.some(p => p.y !== null)")),
                "the band on the chart");
        wait.until(d -> !"–".equals(d.findElement(By.id("in-band-percent")).getText()));
        HeadlessChromium.saveScreenshot(browser, Path.of("target", "live-target-band.png"));

        load.steer(26, TestTable.LOAD_X_CM);
        wait.until(d -> "OVER".equals(status.getAttribute("data-band-status")));
        assertEquals("ABOVE THE BAND · THIGH 20–35 %", status.getText());

        setBand("THIGH", "20", "50");
        wait.until(d -> d.findElement(By.id("bands-message")).getText().startsWith("Not set:"));
        assertTrue(browser.findElement(By.id("bands-message")).getText().contains("never teach going over a limit"),
                browser.findElement(By.id("bands-message")).getText());

        // a preset saved from the typed bands, then used for the session
        WebElement row = browser.findElement(By.cssSelector("#bands-table tr[data-zone='THIGH']"));
        row.findElement(By.className("low")).clear();
        row.findElement(By.className("low")).sendKeys("15");
        row.findElement(By.className("high")).clear();
        row.findElement(By.className("high")).sendKeys("30");
        browser.findElement(By.id("preset-name")).sendKeys("thigh-easy");
        browser.findElement(By.id("preset-save")).click();
        wait.until(d -> d.findElement(By.id("bands-message")).getText().equals("Preset thigh-easy saved."));
        wait.until(d -> !d.findElements(By.cssSelector("#preset-list option[value='thigh-easy']")).isEmpty());
        new Select(browser.findElement(By.id("preset-list"))).selectByValue("thigh-easy");
        browser.findElement(By.id("preset-use")).click();
        wait.until(d -> d.findElement(By.id("bands-message")).getText().equals("Preset thigh-easy set."));
        wait.until(d -> status.getText().endsWith("THIGH 15–30 %"));

        load.steer(0, TestTable.LOAD_X_CM);
        wait.until(d -> !d.findElement(By.id("band-status")).isDisplayed());
        assertTrue(!browser.findElement(By.id("gauge-band")).isDisplayed(), "no zone under the load: no band shown");
    }

    private void setBand(String zone, String low, String high) {
        WebElement row = browser.findElement(By.cssSelector("#bands-table tr[data-zone='" + zone + "']"));
        WebElement from = row.findElement(By.className("low"));
        WebElement to = row.findElement(By.className("high"));
        from.clear();
        from.sendKeys(low);
        to.clear();
        to.sendKeys(high);
        browser.findElement(By.id("bands-set")).click();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> gaugeAndUpdate() {
        return (Map<String, Object>) browser.executeScript("const b = document.getElementById('gauge-band');"
                + "return { left: parseFloat(b.style.left), width: parseFloat(b.style.width), bandStatus: state.update.bandStatus };");
    }

    private long chimes() {
        return ((Number) browser.executeScript("return window.guideAudio.bandChimes")).longValue();
    }
}
