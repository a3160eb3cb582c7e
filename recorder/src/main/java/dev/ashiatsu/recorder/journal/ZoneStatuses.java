package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.LoadStatus;
import dev.ashiatsu.core.estimate.Zone;
import java.util.EnumMap;
import java.util.Map;

/**
 * The worst {@link LoadStatus} each body zone reached in a recorded session, judged frame by frame by the
 * core against the limit recorded with the frame (so the review page never recomputes a limit). Pure.
 */
public final class ZoneStatuses {

    private ZoneStatuses() {
    }

    /** Only zones that had a load appear; NO_GO ranks worst, then OVER, APPROACHING, NORMAL. */
    public static Map<Zone, LoadStatus> worst(SessionData s) {
        Map<Zone, LoadStatus> worst = new EnumMap<>(Zone.class);
        for (int i = 0; i < s.frames(); i++) {
            Zone zone = s.zoneAt(i);
            if (zone == null) {
                continue;
            }
            LoadStatus status = LoadStatus.of(s.appliedKg()[i], s.limitKg()[i], zone, s.info().client().factorOf(zone));
            worst.merge(zone, status, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return worst;
    }
}
