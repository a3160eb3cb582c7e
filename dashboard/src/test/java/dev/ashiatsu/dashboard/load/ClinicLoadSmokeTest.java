package dev.ashiatsu.dashboard.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short clinic load run (2 tables, 6 s) in the normal test suite: every table records, every point reaches
 * the real server exactly once, and the report's counts come from both sides.
 */
class ClinicLoadSmokeTest {

    @Test
    void twoTablesUploadEveryPointExactlyOnce(@TempDir Path work) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ClinicReport report = ClinicLoad.run(2, ClinicScenario.file(), Duration.ofSeconds(6), Duration.ofSeconds(2),
                work, new PrintStream(log, true, StandardCharsets.UTF_8));

        assertEquals(2, report.results().size());
        for (ClinicReport.TableResult table : report.results()) {
            assertTrue(table.journalFrames() > 80, table.table() + " recorded frames: " + table.journalFrames());
            assertEquals(table.journalFrames(), table.storedFrames(), table.table() + ": every frame stored");
            assertEquals(table.storedFrames(), table.distinctStoredFrames(), table.table() + ": no frame twice");
            assertEquals(1, table.endedSessionRows(), table.table() + ": the session point, with its end");
        }
        assertTrue(report.exactlyOnce(), report.text());
        assertEquals(report.generatedPoints(), report.storedPoints());
        assertTrue(report.samples().size() >= 3, "samples: " + report.samples().size());
        assertTrue(report.journalBytesPerTableHour() > 0);
        assertTrue(report.text().contains("| exactly once (every session: frames, alarms, notes, session point) | yes, all 2 sessions |"),
                report.text());
    }
}
