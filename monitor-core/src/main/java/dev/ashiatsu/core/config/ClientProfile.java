package dev.ashiatsu.core.config;

import dev.ashiatsu.core.estimate.Zone;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The client and the limits they may take.
 *
 * <p>Every number is checked against {@link Ranges}; whether the crown lies on a given table is
 * {@link Ranges#checkFits}.
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
            throw new InvalidField("id", "must not be blank");
        }
        name = name == null ? id : name;
        notes = notes == null ? "" : notes;
        Ranges.HEIGHT_CM.check("heightCm", heightCm);
        Ranges.ALONG_ANY_TABLE_CM.check("crownXcm", crownXcm);
        if (maxAppliedKg == null && maxFraction == null) {
            throw new InvalidField("maxAppliedKg", "at least one of maxAppliedKg and maxFraction must be given");
        }
        Ranges.MAX_APPLIED_KG.checkOptional("maxAppliedKg", maxAppliedKg);
        Ranges.MAX_FRACTION.checkOptional("maxFraction", maxFraction);
        var factors = new EnumMap<Zone, Double>(Zone.class);
        if (zoneFactors != null) {
            zoneFactors.forEach((zone, factor) -> {
                Objects.requireNonNull(zone, "zoneFactors: a zone");
                if (factor == null) {
                    throw new InvalidField("zoneFactors." + zone, "must be a number");
                }
                factors.put(zone, Ranges.ZONE_FACTOR.check("zoneFactors." + zone, factor));
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
