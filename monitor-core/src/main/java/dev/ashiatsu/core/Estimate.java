package dev.ashiatsu.core;

import dev.ashiatsu.core.estimate.Zone;

/**
 * A snapshot of what the monitor knows after a frame (all loads filtered, kg-force).
 *
 * @param tableKg              T, the sum of table-cell loads
 * @param barKg                B, the sum of bar-cell loads
 * @param baselineKg           C, the client baseline, or null before one is captured
 * @param appliedKg            A = T - C (0 without a baseline)
 * @param practitionerKg       P in use: the profile's weight, else the estimate, else NaN
 * @param practitionerEstimateKg P^, the median of A + B while loaded, or null before any loaded sample
 * @param fraction             A / P (NaN while P is unknown)
 * @param limitKg              L for the current zone (+Infinity where no limit can be computed yet)
 * @param zone                 the body zone under x_A, or null while A &lt; 5 kg
 * @param zoneFactor           the zone's limit factor for this client (0 = no-go; 1 without a zone)
 * @param xCm                  x_A, the centre of pressure of the applied load, or null while A &lt; 5 kg
 * @param cellKg               every channel's filtered load, in channel order (a copy)
 */
public record Estimate(double tMs, Phase phase, double tableKg, double barKg, Double baselineKg, double appliedKg,
                       double practitionerKg, Double practitionerEstimateKg, double fraction, double limitKg,
                       Zone zone, double zoneFactor, Double xCm, double[] cellKg) {

    /** Where the approach band starts: {@link LoadStatus#approachKg} of the limit (kg). */
    public double approachKg() {
        return LoadStatus.approachKg(limitKg);
    }

    /** Where the applied load stands against the limit now. */
    public LoadStatus status() {
        return LoadStatus.of(appliedKg, limitKg, zone, zoneFactor);
    }
}
