package dev.ashiatsu.core.alarm;

import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.estimate.SlidingMean;

/**
 * WEIGHT_MISMATCH: in LOADED, raised when the 1 s mean of A + B differs from P by more than 0.15 P for
 * 5 s; cleared when back within 0.10 P for 5 s. Time out of LOADED counts toward clearing.
 */
public final class WeightMismatchRule implements LoadRule {

    private final SlidingMean conserved = new SlidingMean(1000);
    private final HoldTimer off = new HoldTimer();
    private final HoldTimer within = new HoldTimer();
    private AlarmBoard.Active alarm;

    @Override
    public void evaluate(LoadReading r, AlarmBoard board) {
        double p = r.practitionerKg();
        boolean loaded = r.phase() == Phase.LOADED && p > 0;
        double error = Double.NaN;
        if (loaded) {
            conserved.add(r.tMs(), r.appliedKg() + r.barKg());
            error = Math.abs(conserved.mean() - p);
        } else {
            conserved.clear();
        }
        if (alarm == null) {
            if (off.held(loaded && error > 0.15 * p, r.tMs(), 5000)) {
                alarm = board.raise(AlarmType.WEIGHT_MISMATCH, r.tMs(), r.appliedKg(), Double.NaN, null, null,
                        String.format(java.util.Locale.ROOT, "A + B = %.1f kg, P = %.1f kg", conserved.mean(), p));
                within.reset();
            }
        } else if (within.held(!loaded || error <= 0.10 * p, r.tMs(), 5000)) {
            alarm = board.clear(alarm, r.tMs());
            off.reset();
        }
    }

    /** Forgets the practitioner: ends an active alarm at {@code tMs} and starts the timers afresh. */
    public void reset(AlarmBoard board, double tMs) {
        if (alarm != null) {
            alarm = board.clear(alarm, tMs);
        }
        conserved.clear();
        off.reset();
        within.reset();
    }
}
