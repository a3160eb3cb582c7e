package dev.ashiatsu.dashboard.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short run of the load client against an in-process server: every client is fed, delays are measured. */
class LiveLoadSmokeTest {

    @Test
    void feedsEveryClientAndMeasuresTheDelays(@TempDir Path data) throws Exception {
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, t -> TestTable.looping(t, 3000, 40, 12_000));
        try (RunningDashboard server = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(),
                TestTable.practitioner(), true)) {
            LiveLoad.Report report = LiveLoad.run(URI.create("http://127.0.0.1:" + server.port() + "/"), 5,
                    Duration.ofSeconds(3), Duration.ofSeconds(1), null);
            assertEquals(5, report.clients());
            assertTrue(report.updates() > 5 * 10, "updates with delays measured: " + report.updates());
            assertTrue(report.updatesPerClientPerSecond() > 5, "updates per client per second: " + report.updatesPerClientPerSecond());
            assertFalse(Double.isNaN(report.p99Ms()));
            assertTrue(report.p50Ms() <= report.p99Ms() && report.p99Ms() <= report.maxMs());
            assertFalse(report.server().isEmpty());
        }
    }
}
