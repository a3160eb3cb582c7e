package dev.ashiatsu.dashboard.latency;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashiatsu.bridge.firmware.AvrToolchain;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link TableToAlarmLatency} when asked with {@code -Dlatency.steps=N}; skipped (visibly) otherwise,
 * and where the emulated-Arduino toolchain is missing. It measures, it asserts nothing about speed: the
 * figures go to docs/performance.md.
 */
class TableToAlarmLatencyRun {

    @TempDir
    Path data;

    @Test
    void measuresTableToAlarmLatency() throws Exception {
        String steps = System.getProperty("latency.steps");
        assumeTrue(steps != null, "the latency run runs only on request: -Dlatency.steps=100 (see docs/performance.md)");
        AvrToolchain.assumeInstalled();
        TableToAlarmLatency.run(Integer.parseInt(steps), data, System.out);
    }
}
