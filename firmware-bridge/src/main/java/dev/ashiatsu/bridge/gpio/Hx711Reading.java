package dev.ashiatsu.bridge.gpio;

/**
 * One clock train's result for every chip on the shared clock, in chip order.
 *
 * @param readyNanos {@link System#nanoTime()} when the train started (all ready chips signalled ready)
 * @param codes      each chip's signed 24-bit code; meaningful only where the status is {@link ChipStatus#OK}
 * @param status     each chip's status
 * @param longestHighNanos the longest clock high phase of the train as timed (an upper bound), 0 without a train
 * @param chipsReset the reader reset every chip after this read (a suspect train, or chips silent too long)
 */
public record Hx711Reading(long readyNanos, int[] codes, ChipStatus[] status, long longestHighNanos,
                           boolean chipsReset) {

    public Hx711Reading {
        if (codes.length != status.length) {
            throw new IllegalArgumentException("codes and status must have one entry per chip");
        }
    }

    /** A clock high phase ran past 60 us: the chips may have powered down mid-train. */
    public boolean overran() {
        return longestHighNanos > Hx711Array.MAX_HIGH_NANOS;
    }

    public int chipCount() {
        return codes.length;
    }

    public boolean ok(int chip) {
        return status[chip] == ChipStatus.OK;
    }

    /** Chip {@code chip}'s code, or NaN when it has no valid reading in this train. */
    public double value(int chip) {
        return ok(chip) ? codes[chip] : Double.NaN;
    }

    public int count(ChipStatus wanted) {
        int n = 0;
        for (ChipStatus s : status) {
            if (s == wanted) {
                n++;
            }
        }
        return n;
    }
}
