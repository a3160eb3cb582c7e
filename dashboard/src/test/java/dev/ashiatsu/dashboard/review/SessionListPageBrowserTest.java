package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.dashboard.fixtures.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** review.html in a real headless browser pages through the list and filters it on the server. */
class SessionListPageBrowserTest {

    static final int SESSIONS = 7;

    @TempDir
    Path sessions;

    private ReviewServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        server = new ReviewServer(sessions);
        ManySessions.record(server.store, SESSIONS, 1);
        browser = HeadlessChromium.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.withMessage(() -> "the list shows '" + count() + "', error '" + browser.findElement(By.id("error")).getText() + "'");
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

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#sessions tbody tr[data-id]"));
    }

    private String count() {
        return browser.findElement(By.id("count")).getText();
    }

    @Test
    void pagesThroughTheListAndFiltersOnTheServer() {
        browser.get(server.url() + "/review.html?limit=4");
        wait.until(d -> rows().size() == 4);
        assertEquals("1–4 of 7 sessions", count());
        assertTrue(browser.findElement(By.id("prev")).getAttribute("disabled") != null, "no newer page");

        browser.findElement(By.id("next")).click();
        wait.until(d -> count().equals("5–7 of 7 sessions"));
        assertEquals(3, rows().size(), "the older sessions");
        assertTrue(browser.findElement(By.id("next")).getAttribute("disabled") != null, "no older page");

        new Select(browser.findElement(By.id("f-alarms"))).selectByValue("high");
        long high = IntStream.range(0, SESSIONS).filter(i -> ManySessions.alarms(i)[1]).count();
        wait.until(d -> count().equals("1–" + high + " of " + high + " sessions"));
        assertEquals(high, rows().size(), "a filter goes back to the first page");

        new Select(browser.findElement(By.id("f-alarms"))).selectByValue("");
        browser.findElement(By.id("f-client")).sendKeys(ManySessions.clientId(2));
        wait.until(d -> count().equals("1–1 of 1 sessions"));
        assertTrue(rows().get(0).getText().contains(ManySessions.clientId(2)), rows().get(0).getText());
    }
}
