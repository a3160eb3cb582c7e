package dev.ashiatsu.dashboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.sim.output.ExportRequest;
import dev.ashiatsu.sim.output.SimulationExport;
import dev.ashiatsu.sim.scenario.Scenarios;
import dev.ashiatsu.sim.strokes.StrokeTruth;
import dev.ashiatsu.sim.strokes.TrueStroke;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze}'s documented extension (docs/strokes.md): {@code strokes} and {@code zoneDose} follow the
 * fields of design.md section 5, which keep their names and order.
 */
class ReportStrokesAndDoseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode analyzeTraining() throws Exception {
        Path csv = dir.resolve("training.csv");
        ExportRequest request = new ExportRequest("training", 5, null, ExportRequest.Kind.CSV, csv, null, false, null, null);
        new SimulationExport(request, new PrintStream(new ByteArrayOutputStream()), Clock.SYSTEM).run();
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"analyze", "--table", csv + ".table.yaml", "--client", csv + ".client.yaml",
            "--practitioner", csv + ".practitioner.yaml", "--input", csv.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theReportKeepsItsFieldsAndAddsStrokesAndZoneDose() throws Exception {
        JsonNode report = analyzeTraining();
        List<String> fields = new ArrayList<>();
        report.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("frames", "durationS", "clientBaselineKg", "practitionerKg", "practitionerEstimateKg",
                "peakAppliedKg", "peakFraction", "secondsOverLimit", "zones", "alarms", "presses", "input", "strokes",
                "zoneDose"),
                fields);
    }

    @Test
    void strokesAreTheScriptedOnesWithEveryFigure() throws Exception {
        JsonNode strokes = analyzeTraining().get("strokes");
        List<TrueStroke> truth = StrokeTruth.of(Scenarios.load("training"));
        assertEquals(truth.size(), strokes.size(), strokes.toString());
        for (int i = 0; i < truth.size(); i++) {
            JsonNode s = strokes.get(i);
            assertEquals(truth.get(i).peakKg(), s.get("peakKg").asDouble(), 1.0, s.toString());
            assertEquals(s.get("peakKg").asDouble() / 62, s.get("peakFraction").asDouble(), 0.001, "62 kg practitioner");
            assertTrue(s.get("startMs").asDouble() < s.get("endMs").asDouble(), s.toString());
            assertTrue(s.get("impulseKgS").asDouble() > 0 && s.get("timeToPeakMs").asDouble() >= 0, s.toString());
            assertTrue(s.get("loadingRateKgPerS").isNumber() && s.get("extraPeaks").isInt(), s.toString());
            assertTrue(s.get("zones").isArray(), s.toString());
        }
    }

    @Test
    void zoneDoseAgreesWithTheZoneTableAndAddsUpToTheSession() throws Exception {
        JsonNode report = analyzeTraining();
        JsonNode zones = report.get("zones");
        JsonNode dose = report.get("zoneDose");
        List<String> names = new ArrayList<>();
        dose.get("zones").fieldNames().forEachRemaining(names::add);
        List<String> zoneNames = new ArrayList<>();
        zones.fieldNames().forEachRemaining(zoneNames::add);
        assertEquals(zoneNames, names);

        double loaded = 0;
        double overLimit = 0;
        for (String name : names) {
            JsonNode d = dose.get("zones").get(name);
            assertEquals(zones.get(name).get("seconds").asDouble(), d.get("loadedS").asDouble(), 0.001, name);
            assertEquals(zones.get(name).get("peakKg").asDouble(), d.get("peakKg").asDouble(), 0.01, name);
            assertEquals(zones.get(name).get("meanKg").asDouble() * d.get("loadedS").asDouble(),
                    d.get("impulseKgS").asDouble(), 0.05 * d.get("impulseKgS").asDouble() + 0.1, name);
            assertTrue(d.get("approachingS").asDouble() >= d.get("overLimitS").asDouble(), name);
            loaded += d.get("loadedS").asDouble();
            overLimit += d.get("overLimitS").asDouble();
        }
        assertEquals(loaded, dose.get("session").get("loadedS").asDouble(), 0.01);
        assertEquals(report.get("secondsOverLimit").asDouble(), overLimit, 0.2, "the lower back's two presses");
        assertTrue(dose.get("zones").get("LOWER_BACK").get("overLimitS").asDouble() > 0, dose.toString());
    }
}
