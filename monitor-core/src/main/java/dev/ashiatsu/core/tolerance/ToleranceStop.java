package dev.ashiatsu.core.tolerance;

import dev.ashiatsu.core.estimate.Zone;
import java.util.Objects;

/**
 * One moment the client had had enough: the applied load then, where, and the limit in force.
 *
 * @param zone       the body zone under the load (never {@link Zone#OFF_BODY})
 * @param loadKg     A at the stop (kg), finite and at least 0
 * @param limitKg    L in that zone at the stop (kg), finite and above 0
 * @param zoneFactor the zone's limit factor in force at the stop, in (0, 2]
 * @param sessionId  the recorded session it comes from
 * @param tMs        when in the session (ms, the session's frame clock)
 * @param epochMs    when on the wall clock (ms since the epoch), for "recent"
 */
public record ToleranceStop(Zone zone, double loadKg, double limitKg, double zoneFactor, String sessionId,
                            double tMs, long epochMs, StopSource source) {

    public ToleranceStop {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(source, "source");
        if (zone == Zone.OFF_BODY) {
            throw new IllegalArgumentException("a stop belongs to a body zone, was OFF_BODY");
        }
        if (!(loadKg >= 0) || Double.isInfinite(loadKg)) {
            throw new IllegalArgumentException("loadKg must be a finite number >= 0, was " + loadKg);
        }
        if (!(limitKg > 0) || Double.isInfinite(limitKg)) {
            throw new IllegalArgumentException("limitKg must be a finite number > 0, was " + limitKg);
        }
        if (!(zoneFactor > 0 && zoneFactor <= 2)) {
            throw new IllegalArgumentException("zoneFactor must be in (0, 2], was " + zoneFactor);
        }
        if (!Double.isFinite(tMs)) {
            throw new IllegalArgumentException("tMs must be finite, was " + tMs);
        }
    }

    /** The whole-body limit in force at the stop (kg): the zone's limit over its factor. */
    public double baseLimitKg() {
        return limitKg / zoneFactor;
    }
}
