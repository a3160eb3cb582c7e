package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.Priority;

/**
 * One line of the session list (the JSON of {@code GET /api/sessions}).
 *
 * @param startedAt        wall-clock start, ms since the Unix epoch
 * @param peakAppliedKg    highest applied load, 0.01 kg (0 with no frames)
 * @param secondsOverLimit time with A &gt; L, s
 * @param alarmCount       alarms raised
 * @param highAlarmCount   of which HIGH priority
 * @param ended            false when the session did not end cleanly (crash, power cut) or is still recording
 * @param journalBytes     the journal's valid length this summary was made from
 */
public record SessionSummary(String id, String clientId, String clientName, String practitionerId,
                             String practitionerName, String table, String source, long startedAt, double durationS,
                             long frames, double peakAppliedKg, double secondsOverLimit, int alarmCount,
                             int highAlarmCount, int noteCount, boolean ended, long framesLost, long journalBytes) {

    public static SessionSummary of(SessionData session) {
        SessionStats stats = SessionStats.of(session);
        int high = 0;
        for (AlarmEvent alarm : session.alarms()) {
            if (alarm.priority() == Priority.HIGH) {
                high++;
            }
        }
        var info = session.info();
        return new SessionSummary(session.id(), info.client().id(), info.client().name(), info.practitioner().id(),
                info.practitioner().name(), info.table().name(), info.source(), info.startedAtEpochMs(),
                session.durationS(), session.frames(), stats.peakAppliedKg(), stats.secondsOverLimit(),
                session.alarms().size(), high, session.notes().size(), session.endMs() != null,
                session.framesLost(), session.journalBytes());
    }
}
