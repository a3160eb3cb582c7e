package dev.ashiatsu.dashboard.stream;

import dev.ashiatsu.core.alarm.AlarmEvent;

/**
 * The {@code alarm} message of {@code /ws/live}: one alarm raised or ended, sent at once and never dropped.
 *
 * @param change {@code raised} or {@code ended}
 */
public record AlarmChange(String type, String change, AlarmView alarm) {

    public static final String TYPE = "alarm";

    public static AlarmChange of(AlarmEvent alarm) {
        return new AlarmChange(TYPE, alarm.active() ? "raised" : "ended", AlarmView.of(alarm, false));
    }
}
