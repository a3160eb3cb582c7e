package dev.ashiatsu.core.stroke;

/**
 * What counts as a stroke, all in kg-force of applied load A and none in samples or seconds, so that the
 * same strokes come out at 10 Hz and at 80 Hz (docs/strokes.md).
 *
 * <p>A stroke starts where A was last below {@link #RELEASED_KG} before it reached {@link #LOADED_KG}, or at
 * a trough. It ends at the first frame below {@link #RELEASED_KG}, or at a trough: the lowest load between
 * two peaks when A fell at least {@link #swingKg}(the peak before) from the first and then rose at least
 * {@link #swingKg}(the peak after) to the second. On a long, wavy trough (a glide between two presses) the
 * lowest frame is a matter of noise, so the trough's time is the last frame within {@link #TROUGH_KG} of
 * the lowest load between the two peaks: where the rise to the next peak sets off. The gap between the two near-zero levels and the swing
 * are the hysteresis that keeps sensor noise, a glide's pushes and a rock's rolls from splitting a stroke.
 */
public final class StrokeThresholds {

    /** A stroke from rest begins once A reaches this (kg). */
    public static final double LOADED_KG = 2.0;
    /** A stroke ends when A falls below this (kg); below it the practitioner is off the client. */
    public static final double RELEASED_KG = 1.0;
    /** A stroke whose peak stays below this (kg) is not reported: a brush, not a stroke. */
    public static final double MIN_PEAK_KG = 3.0;
    /** The smallest fall and rise around a trough that splits two strokes (kg). */
    public static final double MIN_SWING_KG = 2.0;
    /** The fall and rise around a trough must also be this fraction of the peak on that side. */
    public static final double SWING_FRACTION = 0.18;
    /** How close (kg) to the lowest load between two peaks the trough's frame lies (see above). */
    public static final double TROUGH_KG = 0.5;
    /** A wobble: a local peak standing out at least this much (kg) on both sides (the smoothness measure). */
    public static final double WOBBLE_KG = 0.5;

    private StrokeThresholds() {
    }

    /** The fall from a peak or the rise to it (kg) that a trough beside a peak of {@code peakKg} needs to split strokes. */
    public static double swingKg(double peakKg) {
        return Math.max(MIN_SWING_KG, SWING_FRACTION * peakKg);
    }
}
