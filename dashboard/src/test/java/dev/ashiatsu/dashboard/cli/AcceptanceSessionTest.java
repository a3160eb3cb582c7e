package dev.ashiatsu.dashboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The worked example of shared/data/acceptance (beside the repository, as in CI) through the real
 * {@code analyze} command, judged with the tolerances its README gives. Skips visibly without the data.
 */
class AcceptanceSessionTest {

    private static final Path SESSION = Path.of("..", "..", "shared", "data", "acceptance", "session-p");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void recordingMatchesTheExpectedAnswers() throws Exception {
        JsonNode report = analyze("table.yaml", "recording.csv");
        JsonNode expected = expected();
        assertMatches(expected, report);
        assertEquals(expected.get("frames").asLong(), report.get("frames").asLong());
    }

    @Test
    void captureGivesTheSameAlarmsAndExactCounters() throws Exception {
        JsonNode report = analyze("table-raw.yaml", "capture.log");
        JsonNode expected = expected();
        assertMatches(expected, report);
        JsonNode counters = expected.get("captureInput");
        for (String name : List.of("framesRead", "linesRejected", "crcErrors", "seqGaps", "resets")) {
            assertEquals(counters.get(name).asLong(), report.get("input").get(name).asLong(), name);
        }
    }

    private static JsonNode expected() throws Exception {
        return JSON.readTree(SESSION.resolve("expected.json").toFile());
    }

    private static JsonNode analyze(String table, String input) throws Exception {
        assumeTrue(Files.isDirectory(SESSION), "acceptance data not found at " + SESSION.toAbsolutePath());
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"analyze", "--table", SESSION.resolve(table).toString(),
            "--client", SESSION.resolve("client.yaml").toString(),
            "--practitioner", SESSION.resolve("practitioner.yaml").toString(),
            "--input", SESSION.resolve(input).toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    /** The README's tolerances: starts by alarm kind, ends 150 ms, kg figures 0.6 to 1 kg, 15 % over limit. */
    private static void assertMatches(JsonNode expected, JsonNode report) {
        assertEquals(expected.get("clientBaselineKg").asDouble(), report.get("clientBaselineKg").asDouble(), 0.6);
        assertEquals(expected.get("practitionerEstimateKg").asDouble(), report.get("practitionerEstimateKg").asDouble(), 1);
        assertEquals(expected.get("peakAppliedKg").asDouble(), report.get("peakAppliedKg").asDouble(), 1);
        double over = expected.get("secondsOverLimitApprox").asDouble();
        assertEquals(over, report.get("secondsOverLimit").asDouble(), 0.15 * over);

        List<JsonNode> unmatched = new ArrayList<>();
        report.get("alarms").forEach(unmatched::add);
        for (JsonNode want : expected.get("alarms")) {
            String type = want.get("type").asText();
            double start = want.get("startMs").asDouble();
            double tolerance = switch (type) {
                case "NO_GO_ZONE" -> 100;
                case "RAPID_LOAD", "SENSOR_FAULT" -> 80;
                case "SIGNAL_LOSS" -> 60;
                default -> 3 * 1000.0 / 60;
            };
            JsonNode match = unmatched.stream()
                    .filter(a -> a.get("type").asText().equals(type))
                    .filter(a -> Math.abs(a.get("startMs").asDouble() - start) <= tolerance + 1e-6)
                    .findFirst().orElseThrow(() -> new AssertionError("no " + type + " starting near " + start
                            + " in " + report.get("alarms")));
            if (!want.get("endMs").isNull()) {
                assertEquals(want.get("endMs").asDouble(), match.get("endMs").asDouble(), 150, type + " end");
            }
            if (want.has("channel")) {
                assertEquals(want.get("channel").asText(), match.get("channel").asText());
            }
            unmatched.remove(match);
        }
        double approach = expected.get("approachingLimitStartMs").asDouble();
        assertTrue(unmatched.stream().anyMatch(a -> a.get("type").asText().equals("APPROACHING_LIMIT")
                && Math.abs(a.get("startMs").asDouble() - approach) <= 50), "approach near " + approach);
        for (JsonNode extra : unmatched) {
            assertTrue(Set.of("LOW").contains(extra.get("priority").asText()),
                    "no HIGH or MEDIUM alarm beyond the expected ones: " + extra);
        }
    }
}
