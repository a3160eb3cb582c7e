package dev.ashiatsu.recorder.journal;

/**
 * What a session's chart is drawn from: every frame's time, applied load and limit, column by column
 * (frame {@code i} of each belongs together), in time order. Shared, not copied: do not modify the arrays.
 *
 * @param tMs       frame clock, ms
 * @param appliedKg applied load, kg; NaN where the monitor gave no estimate
 * @param limitKg   the limit in force, kg; +Infinity where none applied
 * @param frames    how many frames (the arrays may be longer)
 */
public record ChartColumns(double[] tMs, double[] appliedKg, double[] limitKg, int frames) {

    public ChartColumns {
        if (frames < 0 || tMs.length < frames || appliedKg.length < frames || limitKg.length < frames) {
            throw new IllegalArgumentException("chart columns shorter than " + frames + " frames");
        }
    }

    /** The index of the first frame at or after {@code t} (ms), {@code frames} if none. */
    public int indexAt(double t) {
        return firstAtOrAfter(tMs, frames, t);
    }

    /** The index of the first of {@code frames} ascending times at or after {@code t} (ms), {@code frames} if none. */
    static int firstAtOrAfter(double[] tMs, int frames, double t) {
        int low = 0;
        int high = frames;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tMs[mid] < t) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
