package dev.ashiatsu.core;

import java.util.Objects;

/**
 * One sample of every channel, in the table config's channel order.
 *
 * <p>The array is not copied: a source may reuse one frame object per channel count as long as it
 * hands each frame to the monitor before refilling it (the monitor keeps no reference).
 *
 * @param tMs    time in ms on the source's clock; never goes backwards within a session
 * @param values one value per channel, {@link Double#NaN} where that channel has no fresh sample
 * @param inKg   true when the values are already kg-force (a recording), false for raw ADC counts
 */
public record Frame(double tMs, double[] values, boolean inKg) {

    public Frame {
        Objects.requireNonNull(values, "values");
        if (!Double.isFinite(tMs)) {
            throw new IllegalArgumentException("tMs must be finite, was " + tMs);
        }
    }

    public static Frame ofRaw(double tMs, double... counts) {
        return new Frame(tMs, counts, false);
    }

    public static Frame ofKg(double tMs, double... kg) {
        return new Frame(tMs, kg, true);
    }

    public int channelCount() {
        return values.length;
    }

    public boolean hasValue(int channel) {
        return !Double.isNaN(values[channel]);
    }
}
