package dev.ashiatsu.dashboard.cli;

import dev.ashiatsu.bridge.gpio.GpioFrameSource;
import dev.ashiatsu.bridge.source.BridgeSources;
import dev.ashiatsu.bridge.source.SourceSpec;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.core.source.FrameSource;
import dev.ashiatsu.sim.SimulatorSource;
import java.nio.file.Path;

/**
 * A live source opened from a {@code --source} option, with what it knows of its own table and people (only
 * the simulator knows them; the others are null).
 */
record LiveSource(FrameSource source, TableConfig table, ClientProfile client, PractitionerProfile practitioner) {

    /**
     * Opens {@code sim:<scenario or file>} (looping), {@code serial:PORT[@BAUD]}, {@code gpio:<config file>}
     * (HX711 chips; the GPIO config names its table), {@code capture:FILE} or {@code csv:FILE} (played in
     * real time, looping).
     *
     * @param table the table config for the non-simulated sources (null: the source kind must bring its own)
     */
    static LiveSource open(String option, TableConfig table, long seed) {
        SourceSpec spec;
        try {
            spec = SourceSpec.parse(option);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--source: " + e.getMessage());
        }
        switch (spec.kind()) {
            case SIM -> {
                SimulatorSource sim = SimulatorSource.open(spec.target(), seed, true, Clock.SYSTEM);
                return new LiveSource(sim, table != null ? table : sim.table(), sim.client(), sim.practitioner());
            }
            case GPIO -> {
                try {
                    GpioFrameSource gpio = GpioFrameSource.open(Path.of(spec.target()));
                    return new LiveSource(gpio, table != null ? table : gpio.table(), null, null);
                } catch (ConfigException e) {
                    throw new UsageException("--source " + option + ": " + e.getMessage());
                }
            }
            default -> {
                if (table == null) {
                    throw new UsageException("--source " + option + " needs a table config: give --table FILE "
                            + "or put one at DATA/table.yaml");
                }
                try {
                    return new LiveSource(BridgeSources.open(spec, table, null, true), table, null, null);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--source: " + e.getMessage());
                }
            }
        }
    }

}
