package dev.ashiatsu.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.dashboard.Dashboard;
import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.fixtures.HeadlessChromium;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.SteeredLoad;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.dashboard.store.DataDirectory;
import dev.ashiatsu.sim.SimulatorSource;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live page in headless Chromium (Debian's chromium and chromium-driver, driven by Selenium) on the
 * simulator: the reading changes, an over-limit alarm appears and is acknowledged, a dropped stream is
 * announced and the page reconnects by itself. On a steered load: the alarm cannot be missed (colour, flash,
 * order, always on screen at phone size, sound-off bar, NO-GO) and a new session starts with a clean list.
 * Saves screenshots in target/.
 */
class LivePageBrowserTest {

    static final String SCENARIO = "src/test/resources/scenarios/quick-exceed.yaml";
    static final String HIGH_COLOUR = "rgb(224, 36, 36)";
    /** The middle of the test client's knee (h 0.285 on a 170 cm client whose crown lies at 10 cm): a no-go zone. */
    static final double KNEE_X_CM = 10 + (1 - 0.285) * 170;

    @TempDir
    Path data;
    ChromeDriver browser;
    Dashboard dashboard;
    RunningDashboard server;
    /** The steered page's source (null on the simulator), to press the table's buttons. */
    ScriptedSource source;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open("--window-size=1280,900");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (dashboard != null) {
            dashboard.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aHighAlarmFillsTheCardFlashesUnlessMotionIsReducedAndStaysOnScreenAboveEndedOnesOnAPhone() throws Exception {
        SteeredLoad load = new SteeredLoad();
        WebDriverWait wait = openSteered(load);

        load.steer(45, TestTable.LOAD_X_CM);
        By overLimit = By.cssSelector("#alarms li.HIGH[data-type='OVER_LIMIT']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(overLimit));
        wait.until(d -> cardClass().contains("alarm-HIGH") && cardClass().contains("flash"));
        assertEquals("alarm-flash", style("reading", "animationName"), "a HIGH alarm not yet acknowledged flashes");
        saveScreenshot("dashboard-high-alarm.png");

        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        assertEquals("none", style("reading", "animationName"), "no flash with prefers-reduced-motion");
        assertEquals(HIGH_COLOUR, style("reading", "backgroundColor"), "the whole card in the HIGH colour, not maroon");
        assertEquals(HIGH_COLOUR, style("applied", "color"), "the number in the HIGH colour");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));

        load.steer(28, TestTable.LOAD_X_CM);
        By approaching = By.cssSelector("#alarms li[data-type='APPROACHING_LIMIT']:not(.ended)");
        wait.until(d -> !d.findElements(approaching).isEmpty()
                && d.findElement(overLimit).getAttribute("class").contains("ended"));
        List<WebElement> listed = browser.findElements(By.cssSelector("#alarms li"));
        assertEquals("APPROACHING_LIMIT", listed.get(0).getAttribute("data-type"),
                "the active alarm is listed above the ended HIGH one");

        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        browser.executeScript("window.scrollTo(0, 0)");
        wait.until(d -> activeAlarmOnScreen());
        saveScreenshot("dashboard-phone-top.png");
        browser.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
        wait.until(d -> activeAlarmOnScreen());
        saveScreenshot("dashboard-phone-bottom.png");
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

        String before = (String) browser.executeScript("return state.sessionId");
        HttpResponse<String> started = server.send("POST", "/api/session/start",
                "{\"clientId\":\"anna\",\"practitionerId\":\"ken\"}");
        assertEquals(200, started.statusCode(), started.body());
        wait.until(d -> !String.valueOf(d.findElement(By.id("session-id")).getText()).contains(before));
        wait.until(d -> d.findElements(By.cssSelector("#alarms li[data-type='OVER_LIMIT']")).isEmpty());
    }

    @Test
    void soundIsOffUntilEnabledAfterEveryLoadAndANoGoZoneReadsNoGo() throws Exception {
        SteeredLoad load = new SteeredLoad();
        WebDriverWait wait = openSteered(load);

        WebElement banner = browser.findElement(By.id("sound-banner"));
        assertTrue(banner.isDisplayed() && banner.getText().contains("SOUND OFF"), "a loud bar while sound is off");
        banner.click();
        wait.until(d -> !d.findElement(By.id("sound-banner")).isDisplayed());
        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.id("sound-banner")).isDisplayed());

        load.steer(10, KNEE_X_CM);
        wait.until(d -> d.findElement(By.id("zone")).getText().equals("KNEE"));
        wait.until(d -> d.findElement(By.id("limit")).getText().equals("NO-GO"));
        assertTrue(browser.findElement(By.id("status")).getText().contains("NO-GO"), "the card says NO-GO");
        assertEquals("NO_GO", browser.findElement(By.id("reading")).getAttribute("data-status"));
        saveScreenshot("dashboard-no-go.png");
    }

    @Test
    void aClientStopCannotBeMissedAndTheTablesAcknowledgeButtonEndsIt() throws Exception {
        SteeredLoad load = new SteeredLoad();
        WebDriverWait wait = openSteered(load);
        load.steer(20, TestTable.LOAD_X_CM);
        wait.until(d -> d.findElement(By.id("zone")).getText().equals("THIGH")
                && Double.parseDouble(d.findElement(By.id("applied")).getText()) > 19.9);
        assertTrue(browser.findElements(By.cssSelector("#alarms li[data-type]")).isEmpty(), "20 kg is under the limit");

        source.press(Input.CLIENT_STOP);
        By stop = By.cssSelector("#alarms li.HIGH.client-stop[data-type='CLIENT_STOP']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(stop));
        wait.until(d -> cardClass().contains("alarm-HIGH") && cardClass().contains("flash") && cardClass().contains("client-stop"));
        WebElement status = browser.findElement(By.id("status"));
        assertTrue(status.isDisplayed(), "the card says it in words");
        assertEquals("CLIENT STOP: THE CLIENT ASKED TO STOP", status.getText());
        assertEquals("alarm-flash", style("reading", "animationName"), "the HIGH card flashes, though the load is normal");
        String detail = browser.findElement(stop).findElement(By.cssSelector(".detail")).getText();
        assertTrue(detail.contains("pressed at 20.0 kg (29 %)"), detail);
        assertTrue(detail.contains("THIGH"), detail);
        saveScreenshot("dashboard-client-stop.png");

        source.press(Input.ACKNOWLEDGE);
        wait.until(d -> d.findElements(stop).isEmpty() && !cardClass().contains("client-stop"));
        assertTrue(!cardClass().contains("alarm-HIGH"), "nothing else to alarm about: " + cardClass());
    }

    /** The page on a steered load, with the client lying down and a baseline captured. */
    private WebDriverWait openSteered(SteeredLoad load) throws Exception {
        source = new ScriptedSource(TestTable.table(), 80, load);
        server = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(), TestTable.practitioner(), true);
        for (String[] profile : new String[][] {{"/api/clients", "{\"id\":\"anna\",\"name\":\"Anna\",\"heightCm\":170,"
                + "\"crownXcm\":10,\"maxAppliedKg\":30,\"maxFraction\":0.6}"},
                {"/api/practitioners", "{\"id\":\"ken\",\"name\":\"Ken\",\"weightKg\":70}"}}) {
            int status = server.send("POST", profile[0], profile[1]).statusCode();
            assertTrue(status == 201 || status == 409, profile[0] + " answered " + status);
        }
        browser.get(server.uri("/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return !!(state.update && state.update.phase === 'CLIENT' && state.update.baselineKg !== null)")));
        return wait;
    }

    private String cardClass() {
        return browser.findElement(By.id("reading")).getAttribute("class");
    }

    private String style(String id, String property) {
        return (String) browser.executeScript("return getComputedStyle(document.getElementById(arguments[0]))[arguments[1]]",
                id, property);
    }

    /** The first listed alarm is active, inside the viewport and not covered by anything (e.g. the sound bar). */
    private boolean activeAlarmOnScreen() {
        return Boolean.TRUE.equals(browser.executeScript(
                "const li = document.querySelector('#alarms li:not(.ended):not(.none)');"
                + "if (!li) return false;"
                + "const r = li.getBoundingClientRect();"
                + "if (r.top < 0 || r.bottom > window.innerHeight || r.height === 0) return false;"
                + "const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + "return !!hit && li.contains(hit);"));
    }

    @Test
    void showsTheLiveReadingRaisesAndAcknowledgesAnAlarmAndAnnouncesALostStream() throws Exception {
        dashboard = startDemo(0);
        int port = dashboard.server().port();
        browser.get(dashboard.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        wait.until(d -> d.findElement(By.id("applied")).getText().matches("-?\\d+\\.\\d"));
        String first = browser.findElement(By.id("applied")).getText();
        wait.until(d -> !d.findElement(By.id("applied")).getText().equals(first));
        assertEquals("", browser.findElement(By.id("connection")).getText(), "no connection warning while live");

        By overLimit = By.cssSelector("#alarms li.HIGH[data-type='OVER_LIMIT']");
        WebElement alarm = wait.until(ExpectedConditions.visibilityOfElementLocated(overLimit));
        String alarmId = alarm.getAttribute("data-alarm-id");
        wait.until(d -> d.findElement(By.id("zone")).getText().equals("GLUTES"));
        saveScreenshot("dashboard.png");

        browser.findElement(By.cssSelector("#alarms li[data-alarm-id='" + alarmId + "'] button.ack")).click();
        By sameAlarm = By.cssSelector("#alarms li[data-alarm-id='" + alarmId + "']");
        wait.until(d -> {
            try {
                List<WebElement> still = d.findElements(sameAlarm);
                return still.isEmpty() || still.get(0).getAttribute("class").contains("acknowledged");
            } catch (StaleElementReferenceException redrawn) {
                return false; // the list was redrawn between finding the item and reading it: look again
            }
        });
        saveScreenshot("dashboard-acknowledged.png");

        browser.manage().window().setSize(new Dimension(800, 1280));
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")));
        Number readingPx = (Number) browser.executeScript(
                "return parseFloat(getComputedStyle(document.getElementById('applied').parentElement).fontSize)");
        assertTrue(readingPx.doubleValue() >= 64, "the reading is large on a portrait tablet: " + readingPx + " px");
        saveScreenshot("dashboard-portrait.png");

        dashboard.close();
        wait.until(d -> d.findElement(By.id("connection")).getText().contains("CONNECTION LOST"));
        assertTrue(browser.findElement(By.id("connection")).isDisplayed());

        dashboard = startDemo(port);
        wait.until(d -> d.findElement(By.id("connection")).getText().isEmpty());
        String before = browser.findElement(By.id("applied")).getText();
        wait.until(d -> !d.findElement(By.id("applied")).getText().equals(before));
    }

    private Dashboard startDemo(int port) throws Exception {
        SimulatorSource sim = SimulatorSource.open(SCENARIO, 1, true, Clock.SYSTEM);
        return Dashboard.start(new Dashboard.Settings("127.0.0.1", port, new DataDirectory(data), AccessControl.open(),
                sim, sim.table(), sim.client(), sim.practitioner(), null, Clock.SYSTEM, true, List.of()));
    }

    private void saveScreenshot(String name) throws Exception {
        HeadlessChromium.saveScreenshot(browser, Path.of("target", name));
    }
}
