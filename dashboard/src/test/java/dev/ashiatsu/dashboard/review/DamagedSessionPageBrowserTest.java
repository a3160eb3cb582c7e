package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.dashboard.fixtures.HeadlessChromium;
import dev.ashiatsu.dashboard.review.RecordedSessions.Recorded;
import dev.ashiatsu.recorder.journal.JournalRecord;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The session list in a real headless browser shows a visible note on a damaged and on an unreadable session. */
class DamagedSessionPageBrowserTest {

    @TempDir
    Path sessions;

    private ReviewServer server;
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.open();
        server = new ReviewServer(sessions);
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
    void damagedAndUnreadableSessionsCarryAVisibleNote() throws Exception {
        Recorded whole = RecordedSessions.record(server.store, 20_000, RecordedSessions.STARTED_AT);
        Recorded damaged = RecordedSessions.record(server.store, 30_000, RecordedSessions.STARTED_AT + 86_400_000);
        Recorded unreadable = RecordedSessions.record(server.store, 20_000, RecordedSessions.STARTED_AT + 2 * 86_400_000);
        JournalRecord hit = DamagedJournals.flipBitAt(sessions, damaged.id(), 0.4);
        DamagedJournals.breakSessionInfo(sessions, unreadable.id());

        browser.get(server.url() + "/review.html");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("#sessions tbody tr[data-id]")).size() == 3);

        WebElement damagedRow = row(damaged.id());
        String note = damagedRow.findElement(By.className("damage-note")).getText();
        assertTrue(note.startsWith("Damaged journal: ") && note.contains("skipped"), note);
        assertTrue(note.contains(String.valueOf(hit.end() - hit.offset())) || note.contains("kB"), note);
        assertTrue(damagedRow.findElement(By.className("damage-note")).isDisplayed());
        assertEquals(1, damagedRow.findElements(By.linkText("Open")).size(), "a damaged session still opens");

        WebElement unreadableRow = row(unreadable.id());
        String reason = unreadableRow.findElement(By.className("damage-note")).getText();
        assertTrue(reason.startsWith("Cannot be read: ") && reason.contains("session info"), reason);
        assertEquals(0, unreadableRow.findElements(By.tagName("a")).size(), "nothing to open");

        assertEquals(0, row(whole.id()).findElements(By.className("damage-note")).size(), "no note on a whole session");
        String summary = browser.findElement(By.id("damage-summary")).getText();
        assertTrue(summary.startsWith("2 sessions have a damaged journal"), summary);
    }

    private WebElement row(String id) {
        return browser.findElement(By.cssSelector("#sessions tbody tr[data-id='" + id + "']"));
    }
}
