package dev.ashiatsu.dashboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of shared/data/acceptance with its client's crown moved far off the table: once
 * accepted, it gave 0 alarms instead of 6 (every zone rule silently off); now {@code analyze} refuses it.
 * Skips visibly without the data.
 */
class ExampleSessionRangesTest {

    private static final Path SESSION = Path.of("..", "..", "shared", "data", "acceptance", "session-p");

    @TempDir
    Path dir;

    @Test
    void theExampleWithItsCrownAt800cmIsRefused() throws Exception {
        assertEquals("c.yaml: crownXcm: must be in [-50, 450] cm, was 800", analyzeWithCrown("800.0").replace(dir + "/", ""));
    }

    @Test
    void theExampleWithItsCrownBeyondThisTableIsRefused() throws Exception {
        assertEquals("c.yaml: crownXcm: must be in [-50, 240] cm on a 190 cm long table, was 260",
                analyzeWithCrown("260.0").replace(dir + "/", ""));
    }

    /** Runs analyze on the example with the client's crownXcm replaced; expects exit 2 and returns stderr. */
    private String analyzeWithCrown(String crownXcm) throws Exception {
        assumeTrue(Files.isDirectory(SESSION), "acceptance data not found at " + SESSION.toAbsolutePath());
        String client = Files.readString(SESSION.resolve("client.yaml"));
        assumeTrue(client.contains("crownXcm: 5.0"), "the example client's crown is no longer at 5.0 cm");
        Path moved = Files.writeString(dir.resolve("c.yaml"), client.replace("crownXcm: 5.0", "crownXcm: " + crownXcm));
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"analyze", "--table", SESSION.resolve("table.yaml").toString(),
            "--client", moved.toString(), "--practitioner", SESSION.resolve("practitioner.yaml").toString(),
            "--input", SESSION.resolve("recording.csv").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String errors = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(2, status, errors + out.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        return errors;
    }
}
