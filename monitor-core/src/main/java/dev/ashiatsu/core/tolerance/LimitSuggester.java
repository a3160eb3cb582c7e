package dev.ashiatsu.core.tolerance;

import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.estimate.Zone;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suggests a zone's limit factor from the client's stops (docs/guide.md, "Limits learned from the client"):
 * <ol>
 *   <li>the recent stops in the zone are those of the last {@value #RECENT_DAYS} days;</li>
 *   <li>each implies the factor {@code MARGIN * loadKg / baseLimitKg}, the factor at which the zone's
 *       limit would have been {@value #MARGIN} of the load the client stopped at (same whole-body limit);</li>
 *   <li>the lowest of them, rounded down to a step of {@value #FACTOR_STEP} and at least
 *       {@value #MIN_FACTOR}, is suggested, but only when below the profile's factor now: a suggestion
 *       never raises a limit, and a no-go zone (factor 0) gets none.</li>
 * </ol>
 * Pure and stateless.
 */
public final class LimitSuggester {

    /** The suggested limit is this share of the load the client stopped at. */
    public static final double MARGIN = 0.85;
    /** Stops older than this many days no longer count. */
    public static final long RECENT_DAYS = 90;
    /** Suggested factors are rounded down to this step. */
    public static final double FACTOR_STEP = 0.05;
    /** The lowest factor suggested (0 would make the zone no-go: that is the therapist's decision). */
    public static final double MIN_FACTOR = 0.05;

    private static final long DAY_MS = 86_400_000L;

    private LimitSuggester() {
    }

    /** The suggestion for each zone that has one, feet first. */
    public static List<ToleranceSuggestion> suggestAll(List<ToleranceStop> stops, ClientProfile profile, long nowEpochMs) {
        List<ToleranceSuggestion> all = new ArrayList<>();
        for (Zone zone : Zone.values()) {
            suggest(zone, stops, profile, nowEpochMs).ifPresent(all::add);
        }
        return all;
    }

    /** The suggestion for one zone, empty when no recent stop asks for a lower factor than the profile's. */
    public static Optional<ToleranceSuggestion> suggest(Zone zone, List<ToleranceStop> stops, ClientProfile profile,
                                                        long nowEpochMs) {
        double current = profile.factorOf(zone);
        if (zone == Zone.OFF_BODY || current == 0) {
            return Optional.empty();
        }
        ToleranceStop lowest = null;
        double lowestFactor = Double.POSITIVE_INFINITY;
        int recent = 0;
        for (ToleranceStop stop : stops) {
            if (stop.zone() == zone && stop.epochMs() >= nowEpochMs - RECENT_DAYS * DAY_MS) {
                recent++;
                double implied = impliedFactor(stop);
                if (implied < lowestFactor) {
                    lowestFactor = implied;
                    lowest = stop;
                }
            }
        }
        if (lowest == null || lowestFactor >= current) {
            return Optional.empty();
        }
        return Optional.of(new ToleranceSuggestion(zone, current, lowestFactor, lowest,
                lowestFactor * lowest.baseLimitKg(), recent));
    }

    /** The factor one stop implies: {@code MARGIN * loadKg / baseLimitKg}, rounded down to the step, at least the minimum. */
    public static double impliedFactor(ToleranceStop stop) {
        double raw = MARGIN * stop.loadKg() / stop.baseLimitKg();
        double stepped = Math.floor(raw / FACTOR_STEP + 1e-9) * FACTOR_STEP;
        return Math.max(MIN_FACTOR, Math.round(stepped * 100) / 100.0);
    }

    /**
     * The profile with the suggestion applied. Refused when it would not lower the zone's factor as the
     * profile stands now (the profile may have changed since the suggestion was made).
     *
     * @throws IllegalStateException naming the zone and both factors
     */
    public static ClientProfile apply(ClientProfile profile, ToleranceSuggestion suggestion) {
        Zone zone = suggestion.zone();
        double current = profile.factorOf(zone);
        if (!(suggestion.suggestedFactor() < current)) {
            throw new IllegalStateException("the suggested factor " + suggestion.suggestedFactor() + " for " + zone
                    + " is not below the profile's factor " + current + ": a suggestion only ever lowers a limit");
        }
        Map<Zone, Double> factors = new EnumMap<>(Zone.class);
        factors.putAll(profile.zoneFactors());
        factors.put(zone, suggestion.suggestedFactor());
        return new ClientProfile(profile.id(), profile.name(), profile.heightCm(), profile.crownXcm(),
                profile.maxAppliedKg(), profile.maxFraction(), factors, profile.notes());
    }
}
