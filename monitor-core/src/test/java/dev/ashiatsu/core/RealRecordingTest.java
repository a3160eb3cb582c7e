package dev.ashiatsu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.CellRole;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.report.SessionAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real load cells (shared/data/real/wiiboard: a rewired Wii Balance Board at about 977 Hz, one person
 * stepping on and off) through the monitor: real noise, glitches and timing must not become faults.
 * Skips visibly when the shared data is not beside the repository.
 */
class RealRecordingTest {

    private static final Path BOARD = Path.of("..", "..", "shared", "data", "real", "wiiboard");
    private static final double NEWTONS_PER_KG = 9.80665;

    @Test
    void realNoiseAndGlitchesRaiseNoFalseFaultAndNoPhantomPeak() throws Exception {
        Path file = BOARD.resolve("data_converted.csv");
        assumeTrue(Files.exists(file), "real recordings not found at " + file.toAbsolutePath());
        // Corners: V1 top-left, V4 top-right, V2 bottom-left, V3 bottom-right; sensors 43.3 x 23.8 cm apart.
        TableConfig board = new TableConfig("wii board", 50, 30, 977, List.of(
                new CellConfig("V1", CellRole.TABLE, 0, 0, 0, 1),
                new CellConfig("V2", CellRole.TABLE, 43.3, 0, 0, 1),
                new CellConfig("V3", CellRole.TABLE, 43.3, 23.8, 0, 1),
                new CellConfig("V4", CellRole.TABLE, 0, 23.8, 0, 1)));
        SessionAnalyzer analyzer = new SessionAnalyzer(board,
                new ClientProfile("c", "c", 170, 0, 200.0, null, Map.of(), ""), new PractitionerProfile("p", "p", 70.0));

        List<String> lines = Files.readAllLines(file);
        double firstMicros = Double.NaN;
        double rawPeakKg = 0;
        boolean someoneOn = false;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double micros = Double.parseDouble(f[1]);
            firstMicros = Double.isNaN(firstMicros) ? micros : firstMicros;
            double[] kg = new double[4];
            for (int i = 0; i < 4; i++) {
                kg[i] = Double.parseDouble(f[3 + i]) / NEWTONS_PER_KG;
            }
            rawPeakKg = Math.max(rawPeakKg, kg[0] + kg[1] + kg[2] + kg[3]);
            analyzer.accept(Frame.ofKg((micros - firstMicros) / 1000, kg));
            someoneOn |= analyzer.monitor().estimate().phase() != Phase.EMPTY;
        }

        assertEquals(0, analyzer.monitor().framesIgnored());
        assertTrue(someoneOn, "the person stepping on is seen");
        List<AlarmEvent> alarms = analyzer.report(dev.ashiatsu.core.source.InputCounters.NONE).alarms();
        // The board tips when a person lands on one corner: the opposite corner really reads down to
        // -25 kg for some 10 ms (V1 at 2.52 s). That is the "impossible" fault, as the rules say; real noise
        // must never look stale, stuck or saturated, and every fault must clear.
        assertTrue(alarms.stream().filter(a -> a.type() == AlarmType.SENSOR_FAULT)
                .allMatch(a -> "impossible".equals(a.detail()) && a.endMs() != null), "real noise is no fault: " + alarms);
        assertTrue(alarms.stream().noneMatch(a -> a.type() == AlarmType.SIGNAL_LOSS), "doubled steps are no loss: " + alarms);
        double filteredPeak = analyzer.monitor().statistics().peakAppliedKg();
        assertTrue(filteredPeak < rawPeakKg, "filtered peak " + filteredPeak + " below the raw " + rawPeakKg);
    }

    @Test
    void timestampsGoingBackwardsAreIgnoredNotFatal() throws Exception {
        Path file = BOARD.resolve("data_output2.csv");
        assumeTrue(Files.exists(file), "real recordings not found at " + file.toAbsolutePath());
        TableConfig board = new TableConfig("wii board raw", 50, 30, 977, List.of(
                new CellConfig("V1", CellRole.TABLE, 0, 0, 15194, 927),
                new CellConfig("V2", CellRole.TABLE, 43.3, 0, -585, 1163),
                new CellConfig("V3", CellRole.TABLE, 43.3, 23.8, -808, 1137),
                new CellConfig("V4", CellRole.TABLE, 0, 23.8, 2716, 1214)));
        Monitor monitor = new Monitor(board, new ClientProfile("c", "c", 170, 0, 200.0, null, Map.of(), ""),
                new PractitionerProfile("p", "p", 70.0), dev.ashiatsu.core.alarm.AlarmListener.NONE);
        List<String> lines = Files.readAllLines(file);
        long backwards = 0;
        double last = Double.NEGATIVE_INFINITY;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double tMs = Double.parseDouble(f[1]) / 1000;
            backwards += tMs < last ? 1 : 0;
            last = Math.max(last, tMs);
            monitor.accept(Frame.ofRaw(tMs, Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), Double.parseDouble(f[6])));
        }
        assertTrue(backwards > 0, "the recording has disorder to test");
        assertEquals(backwards, monitor.framesIgnored());
        assertTrue(monitor.estimate().tableKg() > 10, "the reading goes on: " + monitor.estimate());
    }
}
