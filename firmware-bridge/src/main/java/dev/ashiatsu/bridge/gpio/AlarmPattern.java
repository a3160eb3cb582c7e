package dev.ashiatsu.bridge.gpio;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.alarm.Priority;
import java.util.List;

/**
 * What the buzzer and the light do, as a repeating cycle that starts when the pattern starts: each is on
 * for its first {@code buzzerOnMs} / {@code lightOnMs} of every {@code periodMs}. Pure: time in, levels out.
 */
public enum AlarmPattern {
    /** No active alarm: both off. */
    QUIET(1000, 0, 0),
    /** Every active alarm acknowledged: the light on, the buzzer silent. */
    ACKNOWLEDGED(1000, 0, 1000),
    /** LOW priority: a 100 ms chirp every 5 s, the light on for the first second of each cycle. */
    LOW(5000, 100, 1000),
    /** MEDIUM priority: slow beeps, 0.5 s on, 1 s off, the light flashing with them. */
    MEDIUM(1500, 500, 500),
    /** HIGH priority: fast beeps, 150 ms on, 150 ms off, the light flashing with them. */
    HIGH(300, 150, 150),
    /** Monitoring itself has failed (the source failed, or signal loss): buzzer and light on steadily. */
    MONITORING_FAILED(1000, 1000, 1000);

    private final long periodMs;
    private final long buzzerOnMs;
    private final long lightOnMs;

    AlarmPattern(long periodMs, long buzzerOnMs, long lightOnMs) {
        this.periodMs = periodMs;
        this.buzzerOnMs = buzzerOnMs;
        this.lightOnMs = lightOnMs;
    }

    public long periodMs() {
        return periodMs;
    }

    /** The levels {@code sinceStartMs} after the pattern started (negative counts as 0). */
    public SignalLevels levelsAt(long sinceStartMs) {
        long inCycle = Math.max(0, sinceStartMs) % periodMs;
        return new SignalLevels(inCycle < buzzerOnMs, inCycle < lightOnMs);
    }

    /**
     * The pattern for an alarm state. A failure of monitoring (the flag, or an active {@code SIGNAL_LOSS})
     * wins over everything and is not silenced by acknowledging: while nothing is monitored, the alarms
     * cannot be trusted. Otherwise acknowledged alarms give {@link #ACKNOWLEDGED}, and unacknowledged ones
     * the pattern of the most urgent priority among them.
     *
     * @param active       the alarms in force (ended ones are ignored)
     * @param acknowledged true when the user has acknowledged every alarm in {@code active}
     */
    public static AlarmPattern select(List<AlarmEvent> active, boolean acknowledged, boolean monitoringFailed) {
        Priority most = null;
        for (AlarmEvent event : active) {
            if (!event.active()) {
                continue;
            }
            if (event.type() == AlarmType.SIGNAL_LOSS) {
                monitoringFailed = true;
            }
            if (most == null || event.priority().compareTo(most) < 0) {
                most = event.priority();
            }
        }
        if (monitoringFailed) {
            return MONITORING_FAILED;
        }
        if (most == null) {
            return QUIET;
        }
        if (acknowledged) {
            return ACKNOWLEDGED;
        }
        return switch (most) {
            case HIGH -> HIGH;
            case MEDIUM -> MEDIUM;
            case LOW -> LOW;
        };
    }
}
