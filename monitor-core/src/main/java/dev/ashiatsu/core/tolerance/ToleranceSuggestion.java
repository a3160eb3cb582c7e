package dev.ashiatsu.core.tolerance;

import dev.ashiatsu.core.estimate.Zone;

/**
 * A lower limit factor suggested for one zone. Only ever lower than the profile's factor when made.
 *
 * @param currentFactor    the profile's factor for the zone when suggested
 * @param suggestedFactor  the factor suggested, below {@code currentFactor}
 * @param lowestStop       the stop it comes from (the one implying the lowest factor)
 * @param suggestedLimitKg the zone's limit the suggested factor gives at the whole-body limit of that stop (kg)
 * @param recentStops      how many stops in the zone counted as recent
 */
public record ToleranceSuggestion(Zone zone, double currentFactor, double suggestedFactor, ToleranceStop lowestStop,
                                  double suggestedLimitKg, int recentStops) {
}
