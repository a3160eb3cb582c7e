package dev.ashiatsu.sim.output;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code simulate} was asked to do.
 *
 * @param scenario  a bundled scenario's name or a scenario file
 * @param durationS run this long instead of the scenario's own duration, or null
 * @param target    the output file or serial device (null for {@link Kind#PTY})
 * @param truth     where to write the ground-truth alarms as JSON, or null
 * @param realtime  pace file outputs in real time (serial outputs always are)
 * @param plot      where to draw the session as a PNG, or null
 * @param ptyDir    where a pseudo-terminal pair's links go (for {@link Kind#PTY})
 */
public record ExportRequest(String scenario, long seed, Double durationS, Kind kind, Path target, Path truth,
                            boolean realtime, Path plot, Path ptyDir) {

    /** The kinds of output. */
    public enum Kind { CSV, CAPTURE, SERIAL, PTY }

    public ExportRequest {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.PTY) {
            Objects.requireNonNull(target, "target");
        }
        if (durationS != null && !(durationS > 0)) {
            throw new IllegalArgumentException("the duration must be positive, was " + durationS);
        }
    }

    public boolean paced() {
        return realtime || kind == Kind.SERIAL || kind == Kind.PTY;
    }
}
