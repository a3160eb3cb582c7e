package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.dashboard.fixtures.HeadlessChromium;
import dev.ashiatsu.dashboard.review.RecordedSessions.Recorded;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The session page's strokes in a real headless browser over a recorded session of 9 scripted strokes: the
 * strokes table (sorted by a column), a mark per stroke under the chart, a click on a row zooming the chart to
 * that stroke and highlighting it, and the body map coloured by a dose figure. Saves
 * {@code target/screenshots/strokes.png}.
 */
class StrokesPageBrowserTest {

    @TempDir
    Path sessions;

    private ReviewServer server;
    private ChromeDriver browser;
    private Recorded recorded;
    private JsonNode detail;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        browser = HeadlessChromium.open();
        server = new ReviewServer(sessions);
        browser.manage().window().setSize(new Dimension(1400, 2600));
        recorded = RecordedSessions.record(server.store, 65_000, RecordedSessions.STARTED_AT);
        detail = new ObjectMapper().readTree(URI.create(server.url() + "/api/sessions/" + recorded.id()).toURL());
        browser.get(server.url() + "/session.html?id=" + recorded.id());
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
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
    void theStrokesAreListedSortableAndMarkedUnderTheChart() {
        JsonNode strokes = detail.get("strokes");
        assertEquals(recorded.sim().scriptedStrokes(65_000).size(), strokes.size());
        assertEquals(strokes.size(), rows().size(), "a row per stroke");
        assertTrue(browser.findElement(By.id("stroke-count")).getText().startsWith(strokes.size() + " strokes"));
        wait.until(d -> number("return window.reviewState.strokeMarks.length") == strokes.size());
        for (int i = 1; i < strokes.size(); i++) {
            assertTrue(number("return window.reviewState.strokeMarks[" + i + "].x0")
                    >= number("return window.reviewState.strokeMarks[" + (i - 1) + "].x1"), "marks in order, apart: " + i);
        }

        WebElement byPeak = browser.findElement(By.cssSelector("#strokes-table th[data-sort='peakKg']"));
        byPeak.click();
        assertEquals(sortedByPeak(strokes, false), indexesShown(), "ascending peak");
        assertTrue(byPeak.getAttribute("class").contains("asc"));
        byPeak.click();
        assertEquals(sortedByPeak(strokes, true), indexesShown(), "descending peak on a second click");
    }

    @Test
    void clickingAStrokeZoomsTheChartToItAndHighlightsIt() throws Exception {
        JsonNode thigh = detail.get("strokes").get(1);
        assertTrue(thigh.get("zones").toString().contains("THIGH"), thigh.toString());
        browser.findElement(By.cssSelector("#strokes-table tbody tr[data-index='1']")).click();
        double start = thigh.get("startMs").asDouble();
        double end = thigh.get("endMs").asDouble();
        wait.until(d -> number("return window.reviewState.view.from") <= start
                && number("return window.reviewState.view.to") >= end
                && number("return window.reviewState.view.to - window.reviewState.view.from") < (end - start) + 5_000);
        double t0 = detail.get("firstMs").asDouble();
        wait.until(d -> Math.abs(number("return Chart.getChart('chart').scales.x.min") - (number("return window.reviewState.view.from") - t0) / 1000) < 1e-6);
        assertTrue(browser.findElement(By.cssSelector("#strokes-table tbody tr[data-index='1']")).getAttribute("class").contains("selected"));
        wait.until(d -> number("return window.reviewState.strokeMarks.filter(m => m.selected && m.index === 1).length") == 1);
        double chartLeft = number("return Chart.getChart('chart').chartArea.left");
        double chartRight = number("return Chart.getChart('chart').chartArea.right");
        double x0 = number("return window.reviewState.strokeMarks.find(m => m.index === 1).x0");
        double x1 = number("return window.reviewState.strokeMarks.find(m => m.index === 1).x1");
        assertTrue(x1 - x0 > 0.5 * (chartRight - chartLeft), "the stroke fills most of the zoomed chart: " + x0 + " to " + x1);
        assertEquals(start, number("return window.reviewState.pos"), 1e-6, "the replay goes to its start");
        HeadlessChromium.saveScreenshot(browser, Path.of("target", "screenshots", "strokes.png"));
    }

    @Test
    void theBodyMapIsColouredByTheChosenDoseFigure() {
        JsonNode zones = detail.get("statistics").get("zones");
        new Select(browser.findElement(By.id("body-figure"))).selectByValue("impulseKgS");
        wait.until(d -> !d.findElements(By.cssSelector("#body rect.zone[data-value]")).isEmpty());
        List<WebElement> bands = browser.findElements(By.cssSelector("#body rect.zone[data-value]"));
        assertEquals(zones.size(), bands.size(), "every loaded zone carries its value");
        String strongest = null;
        double most = -1;
        for (WebElement band : bands) {
            String zone = band.getAttribute("data-zone");
            double impulse = zones.get(zone).get("dose").get("impulseKgS").asDouble();
            assertEquals(impulse, Double.parseDouble(band.getAttribute("data-value")), 1e-9, zone);
            if (impulse > most) {
                most = impulse;
                strongest = zone;
            }
        }
        for (WebElement band : bands) {
            double alpha = alpha(band.getAttribute("fill"));
            double share = Double.parseDouble(band.getAttribute("data-value")) / most;
            assertEquals(0.2 + 0.7 * share, alpha, 0.006, band.getAttribute("data-zone") + " shaded by its share of the most");
        }
        assertEquals("THIGH", strongest, "the two 46 kg thigh strokes weigh most");
        assertTrue(browser.findElement(By.id("body-legend")).getText().contains("impulse"),
                browser.findElement(By.id("body-legend")).getText());

        new Select(browser.findElement(By.id("body-figure"))).selectByValue("overLimitS");
        wait.until(d -> d.findElement(By.cssSelector("#body rect.zone[data-zone='CALF']")).getAttribute("fill")
                .endsWith(",0.05)"));
        assertTrue(alpha(browser.findElement(By.cssSelector("#body rect.zone[data-zone='THIGH']")).getAttribute("fill")) > 0.85,
                "only the thigh went over its limit");
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#strokes-table tbody tr"));
    }

    private List<Integer> indexesShown() {
        List<Integer> shown = new ArrayList<>();
        rows().forEach(r -> shown.add(Integer.parseInt(r.getAttribute("data-index"))));
        return shown;
    }

    /** The strokes' indexes by peak, ties in order of time (as the page sorts). */
    private static List<Integer> sortedByPeak(JsonNode strokes, boolean descending) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < strokes.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            int byPeak = Double.compare(strokes.get(a).get("peakKg").asDouble(), strokes.get(b).get("peakKg").asDouble());
            return byPeak != 0 ? (descending ? -byPeak : byPeak) : Integer.compare(a, b);
        });
        return order;
    }

    private static double alpha(String rgba) {
        return Double.parseDouble(rgba.substring(rgba.lastIndexOf(',') + 1, rgba.length() - 1));
    }

    private double number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).doubleValue();
    }
}
