package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.core.band.TargetBand;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.dashboard.review.RecordedSessions.Recorded;
import dev.ashiatsu.recorder.journal.SessionStats;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printable report of a recorded session, printed by headless chromium from the real server to a PDF
 * and read back with poppler: one or two A4 pages holding who, the figures, the chart, the zones, the alarms
 * and the notes. The PDF is kept at {@code target/reports/session-report.pdf} to look at.
 */
class SessionReportPdfTest {

    @TempDir
    Path sessions;

    @TempDir
    Path out;

    private ReviewServer server;

    @BeforeEach
    void start() {
        String missing = PrintedPdf.missingTool();
        assumeTrue(missing == null, missing);
        server = new ReviewServer(sessions);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void keptFiles() throws Exception {
        Files.createDirectories(Path.of("target", "reports"));
    }

    @Test
    void aSessionReportPrintsOnOneOrTwoA4PagesWithWhoChartZonesAlarmsAndNotes() throws Exception {
        Recorded session = RecordedSessions.record(server.store, 90_000, RecordedSessions.STARTED_AT, 1.15);
        server.recorder.note(session.id(), 30_000, "heel too close to the knee").get(5, TimeUnit.SECONDS);
        HttpResponse<String> marked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                        + "/api/sessions/" + session.id() + "/reference")).PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"label\": \"instructor demo\"}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, marked.statusCode(), marked.body());

        PrintedPdf pdf = PrintedPdf.print(server.url() + "/report.html?session=" + session.id(), out.resolve("report.pdf"));
        Path kept = Path.of("target", "reports", "session-report.pdf");
        Files.createDirectories(kept.getParent());
        Files.copy(pdf.file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        String text = pdf.text();
        assertFalse(text.contains("could not be made"), text);
        for (String expected : new String[] {"Session report", session.id(), "Client A (client-a)", "Practitioner B (pract-b)",
                "Applied load against the limit", "Zones", "THIGH", "KNEE", "Alarms", "OVER LIMIT", "NO GO ZONE",
                "client settled, starting on the back", "heel too close to the knee", "Strokes"}) {
            assertTrue(text.contains(expected), "the report shows '" + expected + "':\n" + text);
        }
        int strokes = session.sim().scriptedStrokes(90_000).size();
        for (String expected : new String[] {"Mean peak kg", "Mean extra peaks", "Impulse kg·s", "Over limit s",
                "By the zone each began on: MID BACK"}) {
            assertTrue(text.contains(expected), "the report's strokes and dose show '" + expected + "':\n" + text);
        }
        assertTrue(text.matches("(?s).*Strokes\\s+Mean peak kg.*\\n\\s*" + strokes + "\\s.*"),
                "the stroke count " + strokes + " under its heading:\n" + text);
        assertTrue(text.contains("instructor demo"), "the reference's label is shown:\n" + text);
        assertFalse(text.contains("[reference]"), "a reference mark is not listed as a note:\n" + text);
        String peak = String.format(Locale.ROOT, "%.1f kg", session.sim().monitor.statistics().peakAppliedKg());
        assertTrue(text.contains(peak), "the peak " + peak + " is printed:\n" + text);
        long alarms = session.sim().alarms.stream().mapToLong(AlarmEvent::id).distinct().count();
        assertTrue(text.contains(alarms + " alarms"), "the alarm count " + alarms + ":\n" + text);
        assertTrue(session.sim().alarms.stream().anyMatch(a -> a.type() == AlarmType.OVER_LIMIT), "the session has an over-limit alarm");

        int pages = pdf.pages();
        assertTrue(pages >= 1 && pages <= 2, "one or two pages, printed " + pages);
        double[] size = pdf.pageSizePts();
        assertEquals(595, size[0], 1.5, "A4 width in points");
        assertEquals(842, size[1], 1.5, "A4 height in points");
        assertTrue(pdf.images() >= 1, "the chart (a canvas) is printed as an image");
    }

    @Test
    void aComparisonWithTheReferencePrintsOnOneOrTwoA4Pages() throws Exception {
        Recorded instructor = RecordedSessions.record(server.store, 50_000, RecordedSessions.STARTED_AT, 1.0);
        Recorded student = RecordedSessions.record(server.store, 90_000, RecordedSessions.STARTED_AT + 86_400_000, 1.2);

        PrintedPdf pdf = PrintedPdf.print(server.url() + "/compare.html?session=" + student.id() + "&with=" + instructor.id(),
                out.resolve("compare.pdf"));
        Files.copy(pdf.file, Path.of("target", "reports", "comparison.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        String text = pdf.text();
        for (String expected : new String[] {"Session beside the reference", instructor.id(), student.id(), "Figures",
                "Peak applied kg", "Zones", "THIGH", "Alarms of the reference", "Alarms of the session", "Strokes",
                "Dose per zone", "Mean peak kg", "Mean impulse kg·s", "Mean time to peak s", "Mean loading rate kg/s",
                "Mean extra peaks"}) {
            assertTrue(text.contains(expected), "the comparison shows '" + expected + "':\n" + text);
        }
        assertFalse(text.contains("Compare with"), "the screen's controls are not printed");
        int pages = pdf.pages();
        assertTrue(pages >= 1 && pages <= 2, "one or two pages, printed " + pages);
        assertTrue(pdf.images() >= 1, "the chart is printed");
    }

    @Test
    void aSessionWithATargetBandPrintsItsInBandShareOverallAndInTheZoneTable() throws Exception {
        BandSet bands = new BandSet(null, Map.of(Zone.MID_BACK, new TargetBand(35, 50)));
        Recorded session = RecordedSessions.record(server.store, 40_000, RecordedSessions.STARTED_AT, 1.0, bands);
        SessionStats stats = SessionStats.of(server.store.load(session.id()));
        String overall = String.format(Locale.ROOT, "%.1f %%", stats.inBand().inBandPercent());
        String midBack = String.format(Locale.ROOT, "%.1f %%", stats.inBand().zones().get(Zone.MID_BACK).inBandPercent());

        PrintedPdf pdf = PrintedPdf.print(server.url() + "/report.html?session=" + session.id(), out.resolve("bands.pdf"));
        Files.copy(pdf.file, Path.of("target", "reports", "session-report-bands.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String text = pdf.text().replaceAll("\\s+", " ");
        assertTrue(text.contains("In target band " + overall + " of the loaded time under a band"),
                "the session's in-band share " + overall + ":\n" + text);
        String layout = pdf.layoutText();
        assertTrue(layout.lines().anyMatch(line -> line.contains("Zone") && line.trim().endsWith("In band")),
                "the zone table's last column:\n" + layout);
        assertTrue(layout.lines().anyMatch(line -> line.contains("MID BACK") && line.trim().endsWith(midBack)),
                "the mid back's in-band share " + midBack + " in its row of the zone table:\n" + layout);
    }

    @Test
    void anUnknownSessionPrintsTheReasonNotABlankPage() throws Exception {
        PrintedPdf pdf = PrintedPdf.print(server.url() + "/report.html?session=20991231-000000-ffff", out.resolve("missing.pdf"));
        String text = pdf.text();
        assertTrue(text.contains("The report could not be made: no session '20991231-000000-ffff'"), text);
    }
}
