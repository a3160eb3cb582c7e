package dev.ashiatsu.dashboard.load;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link LiveLoad} when asked with {@code -Dload.seconds=N}; skipped (visibly) otherwise. It measures,
 * it asserts nothing about speed: the figures go to docs/performance.md.
 */
class LiveLoadRun {

    @Test
    void measuresTheLiveStreamUnderLoad() throws Exception {
        String seconds = System.getProperty("load.seconds");
        assumeTrue(seconds != null, "the load test runs only on request: -Dload.seconds=300 (see docs/performance.md)");
        LiveLoad.main(Integer.getInteger("load.clients", 50), Integer.parseInt(seconds),
                Double.parseDouble(System.getProperty("load.rateHz", "80")));
    }
}
