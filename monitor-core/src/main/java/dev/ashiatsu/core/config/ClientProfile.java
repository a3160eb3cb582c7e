package dev.ashiatsu.core.config;

import dev.ashiatsu.core.estimate.Zone;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The client and the limits they may take.
 *
 * @param heightCm     stature H in cm
 * @param crownXcm     where the top of the head lies along the table (cm from the head end)
 * @param maxAppliedKg absolute limit on the applied load (kg), or null
 * @param maxFraction  limit as a fraction of the practitioner's body weight, or null (not both null)
 * @param zoneFactors  overrides of the default zone limit factors (may be empty)
 */
public record ClientProfile(String id, String name, double heightCm, double crownXcm, Double maxAppliedKg,
                            Double maxFraction, Map<Zone, Double> zoneFactors, String notes) {

    public ClientProfile {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        name = name == null ? id : name;
        notes = notes == null ? "" : notes;
        if (!(heightCm >= 50 && heightCm <= 250)) {
            throw new IllegalArgumentException("heightCm must be between 50 and 250, was " + heightCm);
        }
        if (!Double.isFinite(crownXcm)) {
            throw new IllegalArgumentException("crownXcm must be a finite number");
        }
        if (maxAppliedKg == null && maxFraction == null) {
            throw new IllegalArgumentException("at least one of maxAppliedKg and maxFraction must be given");
        }
        if (maxAppliedKg != null && !(maxAppliedKg > 0 && maxAppliedKg <= 300)) {
            throw new IllegalArgumentException("maxAppliedKg must be in (0, 300], was " + maxAppliedKg);
        }
        if (maxFraction != null && !(maxFraction > 0 && maxFraction <= 1)) {
            throw new IllegalArgumentException("maxFraction must be in (0, 1], was " + maxFraction);
        }
        var factors = new EnumMap<Zone, Double>(Zone.class);
        if (zoneFactors != null) {
            zoneFactors.forEach((zone, factor) -> {
                if (factor == null || !(factor >= 0 && factor <= 2)) {
                    throw new IllegalArgumentException("zoneFactors." + zone + " must be between 0 and 2, was " + factor);
                }
                factors.put(zone, factor);
            });
        }
        zoneFactors = Map.copyOf(factors);
    }

    /** The limit factor of a zone: this client's override, else the zone's default. */
    public double factorOf(Zone zone) {
        Double override = zoneFactors.get(zone);
        return override != null ? override : zone.defaultFactor();
    }

    /**
     * The whole-body limit before the zone factor: {@code min(maxAppliedKg, maxFraction * P)}, where a
     * missing term is left out; {@code +Infinity} when only maxFraction is set and P is unknown (NaN).
     */
    public double baseLimitKg(double practitionerKg) {
        double limit = maxAppliedKg != null ? maxAppliedKg : Double.POSITIVE_INFINITY;
        if (maxFraction != null && practitionerKg > 0) {
            limit = Math.min(limit, maxFraction * practitionerKg);
        }
        return limit;
    }
}
