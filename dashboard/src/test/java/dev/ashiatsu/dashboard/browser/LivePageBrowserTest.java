package dev.ashiatsu.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashiatsu.dashboard.Dashboard;
import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.live.Clock;
import dev.ashiatsu.dashboard.store.DataDirectory;
import dev.ashiatsu.sim.SimulatorSource;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live page in headless Chromium (Debian's chromium and chromium-driver, driven by Selenium) on the
 * simulator: the reading changes, an over-limit alarm appears and is acknowledged, a dropped stream is
 * announced and the page reconnects by itself. Saves screenshots in target/.
 */
class LivePageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String SCENARIO = "src/test/resources/scenarios/quick-exceed.yaml";

    @TempDir
    Path data;
    ChromeDriver browser;
    Dashboard dashboard;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's chromium at " + CHROMIUM + " (apt-get install -y chromium)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "needs chromium-driver at " + CHROMEDRIVER + " (apt-get install -y chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (dashboard != null) {
            dashboard.close();
        }
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
            List<WebElement> still = d.findElements(sameAlarm);
            return still.isEmpty() || still.get(0).getAttribute("class").contains("acknowledged");
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
        SimulatorSource sim = SimulatorSource.open(SCENARIO, 1, true, java.time.Clock.systemUTC());
        return Dashboard.start(new Dashboard.Settings("127.0.0.1", port, new DataDirectory(data), AccessControl.open(),
                sim, sim.table(), sim.client(), sim.practitioner(), null, Clock.SYSTEM, true, List.of()));
    }

    private void saveScreenshot(String name) throws Exception {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
