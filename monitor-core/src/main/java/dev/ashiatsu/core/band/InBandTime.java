package dev.ashiatsu.core.band;

import dev.ashiatsu.core.estimate.Zone;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A session's time in its target bands: per zone that had a band while loaded, in body order, and overall
 * (the sums over those zones).
 *
 * @param session       overall; its {@code inBandPercent} is the session's "% of loaded time in band"
 * @param zones         per zone with banded loaded time
 */
public record InBandTime(ZoneInBand session, Map<Zone, ZoneInBand> zones) {

    public InBandTime {
        Map<Zone, ZoneInBand> ordered = new EnumMap<>(Zone.class);
        ordered.putAll(zones);
        zones = Collections.unmodifiableMap(ordered);
    }

    /** The session's share of banded loaded time in band, %, or null when it never was loaded under a band. */
    public Double inBandPercent() {
        return session.inBandPercent();
    }
}
