package dev.ashiatsu.core.stroke;

/**
 * When the running maximum of a load first reached each level of a grid above the load it started from, so
 * that once the peak is known the first time any level up to it was reached can be read back, e.g. 10 % and
 * 90 % of the rise (docs/strokes.md, "Time to peak and loading rate").
 *
 * <p>The grid's levels are {@code startKg + k * stepKg}, k = 1..{@value #LEVELS}; the step starts at
 * {@value #FIRST_STEP_KG} kg and doubles (keeping every second level, exactly) whenever the load rises past
 * the grid, so a rise of R kg is kept in steps of less than R / {@value #HALF} (under 1 % of the rise). Each
 * level's time is where the straight line between two successive frames crosses it: the first crossing of
 * the load interpolated linearly between frames. A level between two grid levels is interpolated between
 * them. Fixed memory, allocation-free, and at most {@value #LEVELS} levels filled by one frame (amortized a
 * few per stroke). Not thread-safe.
 */
final class RiseRecord {

    static final int LEVELS = 256;
    private static final int HALF = LEVELS / 2;
    static final double FIRST_STEP_KG = 0.05;

    /** levelMs[k] is when the running maximum first reached startKg + k * stepKg (k = 0 is the start). */
    private final double[] levelMs = new double[LEVELS + 1];
    private double startKg;
    private double stepKg;
    /** The highest grid level reached so far. */
    private int reached;
    private double maxKg;
    private double maxMs;
    private double lastMs;
    private double lastKg;

    /** Starts over from a frame: the base of the rise. */
    void restart(double tMs, double kg) {
        startKg = kg;
        stepKg = FIRST_STEP_KG;
        reached = 0;
        levelMs[0] = tMs;
        maxKg = kg;
        maxMs = tMs;
        lastMs = tMs;
        lastKg = kg;
    }

    /** The next frame, later than the last. */
    void add(double tMs, double kg) {
        if (kg > maxKg) {
            while (startKg + (reached + 1) * stepKg <= kg) {
                if (reached == LEVELS) {
                    coarsen();
                    continue;
                }
                reached++;
                double level = startKg + reached * stepKg;
                levelMs[reached] = lastMs + (level - lastKg) / (kg - lastKg) * (tMs - lastMs);
            }
            maxKg = kg;
            maxMs = tMs;
        }
        lastMs = tMs;
        lastKg = kg;
    }

    /** Doubles the step, keeping the levels that stay on the grid. */
    private void coarsen() {
        for (int k = 1; k <= HALF; k++) {
            levelMs[k] = levelMs[2 * k];
        }
        reached = HALF;
        stepKg *= 2;
    }

    double startKg() {
        return startKg;
    }

    /**
     * When the load first reached {@code levelKg}, ms: the start for a level at or below the start, NaN for a
     * level above the highest load so far.
     */
    double firstReachedMs(double levelKg) {
        if (levelKg > maxKg) {
            return Double.NaN;
        }
        double k = (levelKg - startKg) / stepKg;
        if (k <= 0) {
            return levelMs[0];
        }
        int below = (int) Math.min(Math.floor(k), reached);
        double lowKg = startKg + below * stepKg;
        double highKg = below < reached ? lowKg + stepKg : maxKg;
        double highMs = below < reached ? levelMs[below + 1] : maxMs;
        if (highKg <= lowKg) {
            return levelMs[below];
        }
        return levelMs[below] + (levelKg - lowKg) / (highKg - lowKg) * (highMs - levelMs[below]);
    }
}
