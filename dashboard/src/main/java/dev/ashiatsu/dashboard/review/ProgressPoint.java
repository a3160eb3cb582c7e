package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.recorder.journal.SessionSummary;

/**
 * One session as a point of a practitioner's progress, from its summary alone (no frames are read).
 *
 * @param startedAt        wall-clock start, ms since the Unix epoch
 * @param peakAppliedKg    highest applied load, kg
 * @param secondsOverLimit time with A &gt; L, s
 * @param overLimitPercent that time as a share of the session's duration, % (null for a session without duration)
 * @param alarmsPerHour    alarms raised per hour of session; null for a session shorter than
 *                         {@link #MIN_RATED_S}, where a rate says nothing
 * @param inBandPercent    share of loaded time under a target band spent inside it, % (the summary's); null for a
 *                         session without bands
 * @param strokeSmoothness mean smoothness of the session's strokes (extra peaks per stroke, lower is smoother;
 *                         docs/strokes.md); null for a session without strokes
 */
public record ProgressPoint(String id, long startedAt, String clientId, String clientName, double durationS,
                            boolean ended, double peakAppliedKg, double secondsOverLimit, Double overLimitPercent,
                            int alarmCount, int highAlarmCount, Double alarmsPerHour, Double inBandPercent,
                            Double strokeSmoothness) {

    /** Sessions shorter than this (s) get no alarm rate. */
    public static final double MIN_RATED_S = 60;

    static ProgressPoint of(SessionSummary s) {
        Double overPercent = s.durationS() > 0 ? round(100 * s.secondsOverLimit() / s.durationS()) : null;
        Double perHour = s.durationS() >= MIN_RATED_S ? round(s.alarmCount() * 3600 / s.durationS()) : null;
        return new ProgressPoint(s.id(), s.startedAt(), s.clientId(), s.clientName(), s.durationS(), s.ended(),
                s.peakAppliedKg(), s.secondsOverLimit(), overPercent, s.alarmCount(), s.highAlarmCount(), perHour,
                s.inBandPercent(), s.strokeSmoothness());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
