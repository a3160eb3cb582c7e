package dev.ashiatsu.bridge.gpio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure part: which pattern an alarm state gives, and what a pattern does over time. */
class AlarmPatternTest {

    static AlarmEvent active(AlarmType type) {
        return new AlarmEvent(type.ordinal(), type, 1000, null, 40, 30, null, null, "");
    }

    static AlarmEvent ended(AlarmType type) {
        return active(type).ended(2000, 40);
    }

    @Test
    void noActiveAlarmIsQuiet() {
        assertEquals(AlarmPattern.QUIET, AlarmPattern.select(List.of(), false, false));
        assertEquals(AlarmPattern.QUIET, AlarmPattern.select(List.of(ended(AlarmType.OVER_LIMIT)), false, false));
        assertEquals(AlarmPattern.QUIET, AlarmPattern.select(List.of(), true, false));
    }

    @Test
    void theMostUrgentUnacknowledgedAlarmChoosesThePattern() {
        assertEquals(AlarmPattern.LOW, AlarmPattern.select(List.of(active(AlarmType.APPROACHING_LIMIT)), false, false));
        assertEquals(AlarmPattern.MEDIUM, AlarmPattern.select(
                List.of(active(AlarmType.WEIGHT_MISMATCH), active(AlarmType.SENSOR_FAULT)), false, false));
        assertEquals(AlarmPattern.HIGH, AlarmPattern.select(
                List.of(active(AlarmType.SENSOR_FAULT), active(AlarmType.NO_GO_ZONE), active(AlarmType.APPROACHING_LIMIT)),
                false, false));
    }

    @Test
    void acknowledgedAlarmsLightTheLightOnly() {
        assertEquals(AlarmPattern.ACKNOWLEDGED, AlarmPattern.select(List.of(active(AlarmType.OVER_LIMIT)), true, false));
        assertEquals(new SignalLevels(false, true), AlarmPattern.ACKNOWLEDGED.levelsAt(0));
        assertEquals(new SignalLevels(false, true), AlarmPattern.ACKNOWLEDGED.levelsAt(123_456));
    }

    @Test
    void failedMonitoringWinsAndIsNotSilencedByAcknowledging() {
        assertEquals(AlarmPattern.MONITORING_FAILED, AlarmPattern.select(List.of(), true, true));
        assertEquals(AlarmPattern.MONITORING_FAILED, AlarmPattern.select(List.of(active(AlarmType.OVER_LIMIT)), false, true));
        assertEquals(AlarmPattern.MONITORING_FAILED, AlarmPattern.select(List.of(active(AlarmType.SIGNAL_LOSS)), true, false));
        assertEquals(AlarmPattern.QUIET, AlarmPattern.select(List.of(ended(AlarmType.SIGNAL_LOSS)), false, false));
        for (long t = 0; t < 5000; t += 7) {
            assertEquals(new SignalLevels(true, true), AlarmPattern.MONITORING_FAILED.levelsAt(t));
        }
    }

    @Test
    void highBeepsFast() {
        assertEquals(new SignalLevels(true, true), AlarmPattern.HIGH.levelsAt(0));
        assertEquals(new SignalLevels(true, true), AlarmPattern.HIGH.levelsAt(149));
        assertEquals(SignalLevels.OFF, AlarmPattern.HIGH.levelsAt(150));
        assertEquals(SignalLevels.OFF, AlarmPattern.HIGH.levelsAt(299));
        assertEquals(new SignalLevels(true, true), AlarmPattern.HIGH.levelsAt(300));
    }

    @Test
    void mediumBeepsSlowly() {
        assertEquals(new SignalLevels(true, true), AlarmPattern.MEDIUM.levelsAt(499));
        assertEquals(SignalLevels.OFF, AlarmPattern.MEDIUM.levelsAt(500));
        assertEquals(SignalLevels.OFF, AlarmPattern.MEDIUM.levelsAt(1499));
        assertEquals(new SignalLevels(true, true), AlarmPattern.MEDIUM.levelsAt(1500));
    }

    @Test
    void lowChirpsOnceEveryFiveSeconds() {
        assertEquals(new SignalLevels(true, true), AlarmPattern.LOW.levelsAt(0));
        assertEquals(new SignalLevels(false, true), AlarmPattern.LOW.levelsAt(100));
        assertEquals(SignalLevels.OFF, AlarmPattern.LOW.levelsAt(1000));
        assertEquals(SignalLevels.OFF, AlarmPattern.LOW.levelsAt(4999));
        assertEquals(new SignalLevels(true, true), AlarmPattern.LOW.levelsAt(5000));
    }
}
