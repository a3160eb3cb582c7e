package dev.ashiatsu.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.sim.output.ExportRequest;
import dev.ashiatsu.sim.output.SimulationExport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path dir;

    private byte[] run(String scenario, long seed, ExportRequest.Kind kind, String file) throws Exception {
        Path target = dir.resolve(file);
        new SimulationExport(new ExportRequest(scenario, seed, 40.0, kind, target, null, false, null, null),
                new PrintStream(new ByteArrayOutputStream()), Clock.SYSTEM).run();
        return Files.readAllBytes(target);
    }

    @Test
    void theSameSeedGivesTheSameCsvBytes() throws Exception {
        assertArrayEquals(run("demo", 42, ExportRequest.Kind.CSV, "a.csv"), run("demo", 42, ExportRequest.Kind.CSV, "b.csv"));
    }

    @Test
    void theSameSeedGivesTheSameCaptureBytes() throws Exception {
        assertArrayEquals(run("faults", 5, ExportRequest.Kind.CAPTURE, "a.log"),
                run("faults", 5, ExportRequest.Kind.CAPTURE, "b.log"));
    }

    @Test
    void anotherSeedGivesOtherNoise() throws Exception {
        assertFalse(Arrays.equals(run("demo", 1, ExportRequest.Kind.CSV, "a.csv"), run("demo", 2, ExportRequest.Kind.CSV, "b.csv")));
    }
}
