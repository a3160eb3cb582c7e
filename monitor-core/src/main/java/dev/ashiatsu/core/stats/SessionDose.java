package dev.ashiatsu.core.stats;

import dev.ashiatsu.core.estimate.Zone;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The dose of a session: per zone where the load has been (in body order) and for the whole session, whose
 * times and impulse are the sums of the zones' and whose peak is the highest of theirs.
 */
public record SessionDose(ZoneDose session, Map<Zone, ZoneDose> zones) {

    public SessionDose {
        Map<Zone, ZoneDose> ordered = new EnumMap<>(Zone.class);
        ordered.putAll(zones);
        zones = Collections.unmodifiableMap(ordered);
    }
}
