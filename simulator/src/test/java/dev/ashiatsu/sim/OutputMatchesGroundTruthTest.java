package dev.ashiatsu.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.file.FrameReader;
import dev.ashiatsu.bridge.file.FrameReaders;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.report.SessionAnalyzer;
import dev.ashiatsu.core.report.SessionReport;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.sim.output.ExportRequest;
import dev.ashiatsu.sim.output.SimulationExport;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.Scenarios;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator's noisy outputs, analysed by the core monitor the way {@code analyze} does, raise the same
 * alarms as the ground truth computed on the noise-free signal (button presses included: the demo's client
 * stop), and read back the true client weight and practitioner weight.
 */
class OutputMatchesGroundTruthTest {

    private static final long SEED = 7;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"demo", "training", "faults"})
    void recordingCsvAnalysedLikeAnalyzeMatchesTheGroundTruth(String name) throws Exception {
        Path csv = dir.resolve(name + ".csv");
        export(name, ExportRequest.Kind.CSV, csv);
        TableConfig table = ConfigReader.readTable(Path.of(csv + ".table.yaml"));
        SessionAnalyzer analyzer = new SessionAnalyzer(table, ConfigReader.readClient(Path.of(csv + ".client.yaml")),
                ConfigReader.readPractitioner(Path.of(csv + ".practitioner.yaml")));
        try (FrameReader reader = FrameReaders.open(csv, table)) {
            feed(reader, analyzer);
        }
        SessionReport report = analyzer.report(InputCounters.NONE);
        Scenario scenario = Scenarios.load(name);
        List<AlarmEvent> truth = GroundTruth.alarms(scenario, SEED, false);

        List<String> differences = AlarmMatch.differences(truth, report.alarms(), 1000 / scenario.table().sampleRateHz());
        assertTrue(differences.isEmpty(), name + ": " + differences + "\ntruth: " + truth + "\nseen: " + report.alarms());
        assertEquals(scenario.clientWeightKg(), report.clientBaselineKg(), 0.6, "client baseline");
        assertEquals(scenario.practitionerWeightKg(), report.practitionerEstimateKg(), 1.0, "practitioner estimate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "faults"})
    void serialCaptureReadLikeAnalyzeMatchesTheRawGroundTruth(String name) throws Exception {
        Path capture = dir.resolve(name + ".capture");
        export(name, ExportRequest.Kind.CAPTURE, capture);
        Scenario scenario = Scenarios.load(name);
        TableConfig table = ConfigReader.readTable(Path.of(capture + ".table.yaml"));
        assertEquals(scenario.table(), table, "the capture's table keeps the real calibration");
        SessionAnalyzer analyzer = new SessionAnalyzer(table, scenario.client(), scenario.practitioner());
        InputCounters input;
        try (FrameReader reader = FrameReaders.open(capture, table)) {
            feed(reader, analyzer);
            input = reader.counters();
        }
        List<AlarmEvent> seen = analyzer.report(input).alarms().stream()
                .map(a -> shifted(a, -scenario.startEpochMs())).toList();

        List<AlarmEvent> truth = GroundTruth.alarms(scenario, SEED, true);
        List<String> differences = AlarmMatch.differences(truth, seen, 1000 / table.sampleRateHz());
        assertTrue(differences.isEmpty(), name + ": " + differences + "\ntruth: " + truth + "\nseen: " + seen);
        if (name.equals("faults")) {
            assertEquals(1, input.resets(), "the device reset");
            assertEquals(4, input.crcErrors(), "four spoiled lines");
            assertEquals(5, input.linesRejected(), "four spoiled lines and a line of noise");
            assertEquals(2, input.seqGaps(), "frames lost to the corruption and to the pulled cable");
        }
    }

    /** Every frame to the analyser after the presses read before it, then the presses after the last, as analyze does. */
    private static void feed(FrameReader reader, SessionAnalyzer analyzer) throws Exception {
        for (Frame frame = reader.next(); frame != null; frame = reader.next()) {
            reader.takeInputs().forEach(analyzer::input);
            analyzer.accept(frame);
        }
        reader.takeInputs().forEach(analyzer::input);
    }

    /** The alarm with its times moved by {@code deltaMs} (captures carry epoch times). */
    private static AlarmEvent shifted(AlarmEvent a, double deltaMs) {
        return new AlarmEvent(a.id(), a.type(), a.startMs() + deltaMs, a.endMs() == null ? null : a.endMs() + deltaMs,
                a.peakKg(), a.limitKg(), a.zone(), a.channel(), a.detail());
    }

    private void export(String name, ExportRequest.Kind kind, Path target) throws Exception {
        ExportRequest request = new ExportRequest(name, SEED, null, kind, target, null, false, null, null);
        new SimulationExport(request, new PrintStream(new ByteArrayOutputStream()), Clock.SYSTEM).run();
    }
}
