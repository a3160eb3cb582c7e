package dev.ashiatsu.bridge.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.InputCounters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published acceptance session: its raw capture must give the documented counters, and every frame
 * must be the recording's row with the same loads, at the same time within 1 ms.
 */
class SessionPCaptureTest {

    private static final Path SESSION = Path.of(System.getProperty("ashiatsu.acceptance",
            "../../shared/data/acceptance"), "session-p");

    private static TableConfig table;
    private static List<Frame> frames;
    private static InputCounters counters;

    @BeforeAll
    static void readCapture() throws Exception {
        assumeTrue(Files.isDirectory(SESSION), "acceptance session not found at " + SESSION
                + " (set -Dashiatsu.acceptance=<dir>)");
        table = ConfigReader.readTable(SESSION.resolve("table-raw.yaml"));
        frames = new ArrayList<>();
        try (CaptureFrameReader reader = new CaptureFrameReader(SESSION.resolve("capture.log"), table)) {
            for (Frame frame = reader.next(); frame != null; frame = reader.next()) {
                frames.add(frame);
            }
            counters = reader.counters();
        }
    }

    @Test
    void countsWhatTheSessionDocuments() {
        assertEquals(new InputCounters(5486, 9, 7, 8, 1), counters);
        assertEquals(5486, frames.size());
    }

    @Test
    void everyFrameIsTheRecordingRowWithTheSameLoadsAtTheSameTime() throws Exception {
        List<double[]> rows = Files.readAllLines(SESSION.resolve("recording.csv")).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("t_ms"))
                .map(line -> java.util.Arrays.stream(line.split(",", -1))
                        .mapToDouble(field -> field.isEmpty() ? Double.NaN : Double.parseDouble(field)).toArray())
                .toList();
        int row = 0;
        int skippedRows = 0;
        for (Frame frame : frames) {
            while (row < rows.size() && !sameLoads(frame, rows.get(row))) {
                row++;
                skippedRows++;
            }
            assertTrue(row < rows.size(), "no recording row has the loads of the frame at " + frame.tMs());
            double expectedMs = rows.get(row)[0];
            assertEquals(expectedMs, frame.tMs(), 1.0, "time of the frame matching recording row " + row);
            row++;
        }
        assertEquals(rows.size() - frames.size(), skippedRows + (rows.size() - row));
        assertEquals(10, rows.size() - frames.size(), "rows lost: 8 rejected lines and 2 frames lost on the wire");
    }

    @Test
    void frameTimesNeverGoBackwards() {
        for (int i = 1; i < frames.size(); i++) {
            assertTrue(frames.get(i).tMs() >= frames.get(i - 1).tMs(), "frame " + i);
        }
    }

    private static boolean sameLoads(Frame frame, double[] row) {
        for (int channel = 0; channel < table.channelCount(); channel++) {
            CellConfig cell = table.cells().get(channel);
            double kg = cell.toKg(frame.values()[channel]);
            double expectedKg = row[channel + 1];
            if (Double.isNaN(kg) != Double.isNaN(expectedKg) || Math.abs(kg - expectedKg) > 0.002) {
                return false;
            }
        }
        return true;
    }
}
