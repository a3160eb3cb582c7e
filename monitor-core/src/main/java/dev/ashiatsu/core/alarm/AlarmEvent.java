package dev.ashiatsu.core.alarm;

import dev.ashiatsu.core.estimate.Zone;

/**
 * One alarm: raised at {@code startMs}, active while {@code endMs} is null, ended at {@code endMs}.
 *
 * @param id      in the order alarms were raised; unique within a monitor and its replacements (see
 *                {@code Monitor(..., firstAlarmId)})
 * @param peakKg  the highest applied load while it lasted (kg), NaN when there was no load figure
 * @param limitKg the limit in force when it was raised (kg), NaN where no limit applies
 * @param zone    the body zone under the load when raised, or null
 * @param channel the cell to blame (sensor faults), or null
 * @param detail  a short human-readable reason, e.g. "stale" for a sensor fault
 * @param press   what the client's stop button recorded (a {@link AlarmType#CLIENT_STOP}), else null
 */
public record AlarmEvent(long id, AlarmType type, double startMs, Double endMs, double peakKg, double limitKg,
                         Zone zone, String channel, String detail, StopPress press) {

    /** An alarm raised by a rule (not by a button): no press. */
    public AlarmEvent(long id, AlarmType type, double startMs, Double endMs, double peakKg, double limitKg,
                      Zone zone, String channel, String detail) {
        this(id, type, startMs, endMs, peakKg, limitKg, zone, channel, detail, null);
    }

    public Priority priority() {
        return type.priority();
    }

    public boolean active() {
        return endMs == null;
    }

    public AlarmEvent ended(double atMs, double finalPeakKg) {
        return new AlarmEvent(id, type, startMs, atMs, finalPeakKg, limitKg, zone, channel, detail, press);
    }

    public AlarmEvent withPeak(double newPeakKg) {
        return new AlarmEvent(id, type, startMs, endMs, newPeakKg, limitKg, zone, channel, detail, press);
    }
}
