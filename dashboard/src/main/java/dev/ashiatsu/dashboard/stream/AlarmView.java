package dev.ashiatsu.dashboard.stream;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.dashboard.live.AlarmBoard.ListedAlarm;

/**
 * An alarm as the browser sees it.
 *
 * @param active       false for an ended HIGH alarm still waiting to be acknowledged
 * @param acknowledged someone acknowledged it (its sound is paused while it lasts)
 */
public record AlarmView(long id, String type, String priority, double startMs, Double endMs, Double peakKg,
                        Double limitKg, String zone, String channel, String detail, boolean active,
                        boolean acknowledged) {

    public static AlarmView of(ListedAlarm listed) {
        return of(listed.alarm(), listed.acknowledged());
    }

    public static AlarmView of(AlarmEvent a, boolean acknowledged) {
        return new AlarmView(a.id(), a.type().name(), a.priority().name(), a.startMs(), a.endMs(),
                Numbers.finite(a.peakKg()), Numbers.finite(a.limitKg()), a.zone() == null ? null : a.zone().name(),
                a.channel(), a.detail(), a.active(), acknowledged);
    }
}
