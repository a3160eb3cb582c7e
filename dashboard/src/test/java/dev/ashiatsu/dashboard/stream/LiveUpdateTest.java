package dev.ashiatsu.dashboard.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.estimate.Zone;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The update's alarm list is in the order the pages show it. */
class LiveUpdateTest {

    @Test
    void listsActiveAlarmsAboveEndedOnesWhateverTheirPriority() {
        AlarmView endedHigh = AlarmView.of(new AlarmEvent(1, AlarmType.OVER_LIMIT, 1000, 3000.0, 45, 40, Zone.THIGH, null, null), false);
        AlarmView activeLow = AlarmView.of(new AlarmEvent(2, AlarmType.APPROACHING_LIMIT, 3500, null, 37, 40, Zone.THIGH, null, null), false);
        AlarmView activeMedium = AlarmView.of(new AlarmEvent(3, AlarmType.SENSOR_FAULT, 3600, null, Double.NaN, Double.NaN, null, "c1", "stale"), false);
        AlarmView olderActiveLow = AlarmView.of(new AlarmEvent(4, AlarmType.WEIGHT_MISMATCH, 100, null, 30, 40, null, null, null), false);

        LiveUpdate update = LiveUpdate.beforeFirstFrame(List.of(), List.of(endedHigh, olderActiveLow, activeLow, activeMedium),
                List.of(), "s1");

        assertEquals(List.of(3L, 2L, 4L, 1L), update.alarms().stream().map(AlarmView::id).toList(),
                "active (most urgent, then newest) first; the ended HIGH alarm last");
    }
}
