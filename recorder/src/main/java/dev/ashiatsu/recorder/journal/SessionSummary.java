package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.Priority;
import dev.ashiatsu.core.stroke.StrokeStatistics;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * One line of the session list (the JSON of {@code GET /api/sessions}).
 *
 * @param startedAt        wall-clock start, ms since the Unix epoch
 * @param peakAppliedKg    highest applied load, 0.01 kg (0 with no frames)
 * @param secondsOverLimit time with A &gt; L, s
 * @param alarmCount       alarms raised
 * @param highAlarmCount   of which HIGH priority
 * @param ended            false when the session did not end cleanly (crash, power cut) or is still recording
 * @param framesLost       frames the recorder could not write (queue overflow, full or failed disk)
 * @param journalBytes     the journal's valid length this summary was made from
 * @param damagedBytes     bytes of the journal skipped as damaged (0 when whole)
 * @param damagedSpanS     time between the intact frames around the damaged stretches, s
 * @param unreadable       null when the session can be read, else why not (its session info is damaged);
 *                         the other fields are then empty except the id, start (from the id) and bytes
 * @param inBandPercent    share of the loaded time under a target band that the load spent in it, %
 *                         ({@link SessionStats#inBand()}); null when the session had no band while loaded
 * @param strokeCount      the session's strokes (docs/strokes.md); null when not known (an unreadable session,
 *                         a summary saved before strokes were counted, a session uploaded without them)
 * @param strokeSmoothness the mean smoothness of those strokes (extra peaks per stroke, lower is smoother);
 *                         null without strokes
 */
public record SessionSummary(String id, String clientId, String clientName, String practitionerId,
                             String practitionerName, String table, String source, long startedAt, double durationS,
                             long frames, double peakAppliedKg, double secondsOverLimit, int alarmCount,
                             int highAlarmCount, int noteCount, boolean ended, long framesLost, long journalBytes,
                             long damagedBytes, double damagedSpanS, String unreadable, Double inBandPercent,
                             Integer strokeCount, Double strokeSmoothness) {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    public static SessionSummary of(SessionData session) {
        return of(session, SessionStats.of(session));
    }

    /** The summary of a session whose statistics are already computed ({@code stats} of the whole session). */
    public static SessionSummary of(SessionData session, SessionStats stats) {
        StrokeStatistics strokes = StrokeStatistics.of(stats.strokes());
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
                session.framesLost(), session.journalBytes(), session.damagedBytes(),
                Math.round(session.damagedSpanS() * 1000) / 1000.0, null, stats.inBand().inBandPercent(), strokes.count(),
                Double.isNaN(strokes.meanExtraPeaks()) ? null : Math.round(strokes.meanExtraPeaks() * 1000) / 1000.0);
    }

    /** The list entry of a journal that cannot be read: its id, its start (from the id), its size and why. */
    public static SessionSummary unreadable(String id, long journalBytes, String reason) {
        long startedAt;
        try {
            startedAt = LocalDateTime.parse(id.substring(0, 15), ID_TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            startedAt = 0;
        }
        return new SessionSummary(id, null, null, null, null, null, null, startedAt, 0, 0, 0, 0, 0, 0, 0, false, 0,
                journalBytes, journalBytes, 0, reason, null, null, null);
    }
}
