package dev.ashiatsu.core.alarm;

import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.estimate.Zone;

/** What the load rules read after each frame (all loads filtered, kg). Implemented by the estimator's owner. */
public interface LoadReading {

    double tMs();

    Phase phase();

    /** A, 0 without a baseline. */
    double appliedKg();

    /** B. */
    double barKg();

    /** L for the current zone; +Infinity when no limit can be computed. */
    double limitKg();

    /** The zone under the load, null while A &lt; 5 kg. */
    Zone zone();

    /** The current zone's limit factor, 1 without a zone. */
    double zoneFactor();

    /** P, NaN while unknown. */
    double practitionerKg();

    /**
     * True while the filtered loads still hold samples from before a gap in the signal (no frame for
     * more than 250 ms, e.g. a cable replugged): how fast they changed across the gap is unknown.
     */
    boolean spansGap();
}
