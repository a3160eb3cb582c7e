package dev.ashiatsu.dashboard.stream;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.alarm.Priority;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.dashboard.live.AlarmBoard.ListedAlarm;
import java.util.Comparator;

/**
 * An alarm as the pages see it, live and in replay.
 *
 * @param startMs      when it was raised, on the frames' clock
 * @param endMs        when it ended, or null while active
 * @param peakKg       the highest applied load while it lasted (null for alarms that have none)
 * @param limitKg      the limit when it was raised (null for alarms that have none)
 * @param active       false for an ended HIGH alarm still waiting to be acknowledged
 * @param acknowledged someone acknowledged it (its sound is paused while it lasts)
 * @param press        what the client's stop button recorded (CLIENT_STOP only), else null
 */
public record AlarmView(long id, AlarmType type, Priority priority, double startMs, Double endMs, Double peakKg,
                        Double limitKg, Zone zone, String channel, String detail, boolean active,
                        boolean acknowledged, PressView press) {

    /**
     * The order of every alarm list on the wire: active alarms before ended ones (an ended alarm must
     * never push an active one out of sight), then the most urgent priority, then the newest.
     */
    public static final Comparator<AlarmView> DISPLAY_ORDER = Comparator
            .comparing((AlarmView a) -> !a.active())
            .thenComparing(AlarmView::priority)
            .thenComparing(a -> -a.startMs());

    public static AlarmView of(ListedAlarm listed) {
        return of(listed.alarm(), listed.acknowledged());
    }

    public static AlarmView of(AlarmEvent a, boolean acknowledged) {
        return new AlarmView(a.id(), a.type(), a.priority(), a.startMs(), a.endMs(),
                Numbers.finite(a.peakKg()), Numbers.finite(a.limitKg()), a.zone(),
                a.channel(), a.detail(), a.active(), acknowledged, PressView.of(a.press()));
    }

    /** A recorded alarm as it was at a moment it was active: not yet ended, not acknowledged (replay). */
    public static AlarmView activeAsThen(AlarmEvent a) {
        AlarmView now = of(a, false);
        return new AlarmView(now.id, now.type, now.priority, now.startMs, null, now.peakKg, now.limitKg, now.zone,
                now.channel, now.detail, true, false, now.press);
    }
}
