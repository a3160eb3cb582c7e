package dev.ashiatsu.core.stroke;

import dev.ashiatsu.core.estimate.Zone;
import java.util.ArrayList;
import java.util.List;

/** The distinct zones a load has reached, in the order first reached. Allocation-free until {@link #toList()}. */
final class ZoneTrail {

    private static final Zone[] ZONES = Zone.values();

    private final int[] order = new int[ZONES.length];
    private int count;
    private int seen;

    /** Adds a zone if not yet reached; null (no zone) is ignored. */
    void add(Zone zone) {
        if (zone == null || (seen & (1 << zone.ordinal())) != 0) {
            return;
        }
        seen |= 1 << zone.ordinal();
        order[count++] = zone.ordinal();
    }

    void clear() {
        count = 0;
        seen = 0;
    }

    void copyFrom(ZoneTrail other) {
        System.arraycopy(other.order, 0, order, 0, other.count);
        count = other.count;
        seen = other.seen;
    }

    List<Zone> toList() {
        List<Zone> zones = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            zones.add(ZONES[order[i]]);
        }
        return zones;
    }
}
