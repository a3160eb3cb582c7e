package dev.ashiatsu.dashboard.load;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The clinic load run's simulator scenario: a six-legged table with two bar mounts, 8 channels at 80 Hz. */
final class ClinicScenario {

    private ClinicScenario() {
    }

    /** The scenario file (a test resource, {@code clinic/clinic-table.yaml}). */
    static Path file() {
        try {
            return Path.of(ClinicScenario.class.getResource("/clinic/clinic-table.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
