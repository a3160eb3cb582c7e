package dev.ashiatsu.recorder.journal;

import java.util.Arrays;

/** A growable array of doubles (one column of a session). */
final class Columns {

    private Columns() {
    }

    static double[] grow(double[] array, int needed) {
        return needed <= array.length ? array : Arrays.copyOf(array, Math.max(needed, array.length * 2));
    }

    static byte[] grow(byte[] array, int needed) {
        return needed <= array.length ? array : Arrays.copyOf(array, Math.max(needed, array.length * 2));
    }
}
