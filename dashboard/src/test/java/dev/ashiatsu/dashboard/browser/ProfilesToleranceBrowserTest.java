package dev.ashiatsu.dashboard.browser;

import static dev.ashiatsu.dashboard.fixtures.RunningDashboard.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.tolerance.LimitSuggester;
import dev.ashiatsu.core.tolerance.StopSource;
import dev.ashiatsu.core.tolerance.ToleranceStop;
import dev.ashiatsu.dashboard.fixtures.ClientStopJournal;
import dev.ashiatsu.dashboard.fixtures.HeadlessChromium;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The profiles page in headless Chromium: a client's stop is shown with its suggestion, and the therapist accepts it.
 * Saves target/profiles-tolerance.png.
 */
class ProfilesToleranceBrowserTest {

    @TempDir
    Path data;
    ChromeDriver browser;
    RunningDashboard server;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open("--window-size=1280,900");
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
    void theTherapistSeesTheStopAndItsSuggestionAndAcceptsIt() throws Exception {
        ClientStopJournal.Stop press = ClientStopJournal.record(data);
        double suggested = LimitSuggester.impliedFactor(new ToleranceStop(press.zone(), press.loadKg(), press.limitKg(), 1.0,
                press.sessionId(), press.tMs(), 0, StopSource.CLIENT_STOP));
        server = RunningDashboard.start(data, new ScriptedSource(TestTable.table(), 80, t -> TestTable.looping(t, 3000, 20, 9000)),
                TestTable.table(), TestTable.client(), TestTable.practitioner(), true);
        assertEquals(201, server.send("POST", "/api/clients", ClientStopJournal.CLIENT).statusCode());
        browser.get(server.uri("/profiles.html").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        String zoneRow = "#tolerance-zones tr[data-zone='" + press.zone() + "']";
        By row = By.cssSelector(zoneRow);
        wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        String shown = browser.findElement(row).getText();
        String load = String.format(java.util.Locale.ROOT, "%.1f kg", press.loadKg());
        assertTrue(shown.contains(load) && shown.contains("stop button") && shown.contains("factor " + suggested), shown);

        browser.executeScript("document.getElementById('tolerance-panel').scrollIntoView()");
        HeadlessChromium.saveScreenshot(browser, Path.of("target", "profiles-tolerance.png"));
        browser.findElement(By.cssSelector(zoneRow + " button.accept")).click();
        wait.until(d -> d.findElement(By.id("tolerance-error")).getText().contains("who accepts"));
        assertTrue(json(server.get("/api/clients/client-a")).path("zoneFactors").path(press.zone().name()).isMissingNode(),
                "nothing accepted without a name");

        browser.findElement(By.id("tolerance-by")).sendKeys("Ken");
        browser.findElement(By.cssSelector(zoneRow + " button.accept")).click();
        wait.until(d -> d.findElement(By.id("tolerance-acceptances")).getText().contains("accepted by Ken"));
        assertEquals(suggested, json(server.get("/api/clients/client-a")).path("zoneFactors").path(press.zone().name()).asDouble());
        wait.until(d -> d.findElements(By.cssSelector("#tolerance-zones button.accept")).isEmpty());
        assertTrue(browser.findElement(row).getText().contains(String.valueOf(suggested)), "the factor now shows the accepted one");
    }
}
