package dev.ashiatsu.bridge.gpio;

import dev.ashiatsu.core.LoadStatus;
import java.util.OptionalLong;

/**
 * The audible load guide on the buzzer (docs/guide.md): short ticks whose rate rises with the load's share of
 * the limit, silent below the session's chosen share. The same mapping as the page's {@code guide.js}:
 * <pre>
 *   share s = A / L (1 when the status is OVER or NO_GO; none without a limit)
 *   silent when s &lt; fromShare
 *   t = clamp((s - fromShare) / (1 - fromShare), 0, 1)
 *   period = SLOWEST_PERIOD_MS - t * (SLOWEST_PERIOD_MS - FASTEST_PERIOD_MS)   (rounded to ms)
 * </pre>
 * Each tick sounds the buzzer for {@value #TICK_MS} ms and leaves the light off, so it cannot be taken for an
 * alarm: every {@link AlarmPattern} that sounds keeps the buzzer on for at least 100 ms. Pure.
 */
public final class GuidePattern {

    /** The tick period at the chosen share (ms). */
    public static final long SLOWEST_PERIOD_MS = 1000;
    /** The tick period at the limit and beyond (ms). */
    public static final long FASTEST_PERIOD_MS = 250;
    /** How long each tick sounds (ms). */
    public static final long TICK_MS = 40;

    private GuidePattern() {
    }

    /**
     * The share of the limit the load stands at, from the monitor's own judgement: 1 while OVER or NO_GO,
     * else A / L; NaN (silent) when no limit can be computed.
     */
    public static double shareOf(double appliedKg, double limitKg, LoadStatus status) {
        if (status == LoadStatus.OVER || status == LoadStatus.NO_GO) {
            return 1;
        }
        if (!(limitKg > 0) || Double.isInfinite(limitKg) || Double.isNaN(appliedKg)) {
            return Double.NaN;
        }
        return Math.max(0, appliedKg) / limitKg;
    }

    /**
     * The tick period for a share, empty when silent (the share is NaN or below {@code fromShare}).
     *
     * @param fromShare where the guide starts, in [0, 1)
     */
    public static OptionalLong periodMs(double share, double fromShare) {
        if (!(fromShare >= 0 && fromShare < 1)) {
            throw new IllegalArgumentException("fromShare must be in [0, 1), was " + fromShare);
        }
        if (!(share >= fromShare)) {
            return OptionalLong.empty();
        }
        double t = Math.min(1, (share - fromShare) / (1 - fromShare));
        return OptionalLong.of(Math.round(SLOWEST_PERIOD_MS - t * (SLOWEST_PERIOD_MS - FASTEST_PERIOD_MS)));
    }

    /** The levels {@code sinceTickMs} after the current tick started: the buzzer for the first {@value #TICK_MS} ms. */
    public static SignalLevels levelsAt(long sinceTickMs) {
        return new SignalLevels(sinceTickMs >= 0 && sinceTickMs < TICK_MS, false);
    }
}
