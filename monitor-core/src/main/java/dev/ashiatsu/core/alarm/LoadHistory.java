package dev.ashiatsu.core.alarm;

/**
 * The last {@value #WINDOW_MS} ms of filtered applied load on the frame clock, in {@value #BINS} bins of
 * {@value #BIN_MS} ms, each holding the highest load of its frames (so no peak is lost at any frame rate).
 * A fixed ring: allocation-free per frame; allocates only for a {@link #snapshot}.
 */
public final class LoadHistory {

    public static final double BIN_MS = 100;
    public static final int BINS = 50;
    public static final double WINDOW_MS = BIN_MS * BINS;

    private final double[] peakKg = new double[BINS];
    /** The absolute bin index ({@code floor(t / BIN_MS)}) each slot holds, or {@code Long.MIN_VALUE} when empty. */
    private final long[] binOf = new long[BINS];

    public LoadHistory() {
        java.util.Arrays.fill(binOf, Long.MIN_VALUE);
    }

    /** Adds one frame's filtered applied load (kg) at {@code tMs}; frames come in time order. */
    public void add(double tMs, double appliedKg) {
        long bin = (long) Math.floor(tMs / BIN_MS);
        int slot = (int) Math.floorMod(bin, (long) BINS);
        if (binOf[slot] != bin) {
            binOf[slot] = bin;
            peakKg[slot] = appliedKg;
        } else if (appliedKg > peakKg[slot]) {
            peakKg[slot] = appliedKg;
        }
    }

    /** The bins of the {@value #WINDOW_MS} ms ending with the bin that holds {@code tMs}, oldest first. */
    public double[] snapshot(double tMs) {
        long last = (long) Math.floor(tMs / BIN_MS);
        double[] kg = new double[BINS];
        for (int i = 0; i < BINS; i++) {
            long bin = last - (BINS - 1) + i;
            int slot = (int) Math.floorMod(bin, (long) BINS);
            kg[i] = binOf[slot] == bin ? peakKg[slot] : Double.NaN;
        }
        return kg;
    }

    /** Where the first bin of {@link #snapshot(double)} starts (ms). */
    public static double snapshotStartMs(double tMs) {
        return (Math.floor(tMs / BIN_MS) - (BINS - 1)) * BIN_MS;
    }
}
