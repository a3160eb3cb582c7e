package dev.ashiatsu.core.stroke;

/**
 * Counts the local peaks of a signal that stand out at least {@link StrokeThresholds#WOBBLE_KG}: a peak is
 * counted once the load has fallen that far below it after rising that far above the last counted trough.
 */
final class WobbleCounter {

    private boolean rising;
    private double extremeKg;
    private long peaks;

    /** Starts over at a load, as if it had just risen to it. */
    void restart(double kg) {
        rising = true;
        extremeKg = kg;
    }

    void add(double kg) {
        if (rising) {
            if (kg > extremeKg) {
                extremeKg = kg;
            } else if (extremeKg - kg >= StrokeThresholds.WOBBLE_KG) {
                peaks++;
                rising = false;
                extremeKg = kg;
            }
        } else if (kg < extremeKg) {
            extremeKg = kg;
        } else if (kg - extremeKg >= StrokeThresholds.WOBBLE_KG) {
            rising = true;
            extremeKg = kg;
        }
    }

    /** Peaks counted since the first {@link #restart}. */
    long peaks() {
        return peaks;
    }
}
