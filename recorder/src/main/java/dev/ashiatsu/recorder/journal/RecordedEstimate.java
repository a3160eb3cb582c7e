package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.estimate.Zone;

/**
 * The part of an {@link Estimate} the journal keeps with every frame, rounded as stored: loads to
 * 0.01 kg, {@code xCm} to 0.1 cm. The rest (cell loads, baseline, the estimate of P) is derived by
 * replaying the frames through the monitor, which is deterministic.
 *
 * @param phase          null only when the monitor gave no estimate
 * @param zone           null while A &lt; 5 kg
 * @param limitKg        +Infinity where no limit applies
 * @param practitionerKg P in use, NaN while unknown
 * @param xCm            null while A &lt; 5 kg
 */
public record RecordedEstimate(Phase phase, Zone zone, double tableKg, double barKg, double appliedKg,
                               double limitKg, double practitionerKg, Double xCm) {

    /** The stored form of an estimate (rounded like the journal stores it). */
    public static RecordedEstimate of(Estimate estimate) {
        return new RecordedEstimate(estimate.phase(), estimate.zone(), centi(estimate.tableKg()),
                centi(estimate.barKg()), centi(estimate.appliedKg()), centi(estimate.limitKg()),
                centi(estimate.practitionerKg()), estimate.xCm() == null ? null : deci(estimate.xCm()));
    }

    static double centi(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : value;
    }

    static double deci(double value) {
        return Double.isFinite(value) ? Math.round(value * 10) / 10.0 : value;
    }
}
