package dev.ashiatsu.recorder.influx;

import com.influxdb.client.domain.WritePrecision;
import com.influxdb.client.write.Point;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.StopPress;
import dev.ashiatsu.recorder.journal.FrameBlockCodec;
import dev.ashiatsu.recorder.journal.JournalJson;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionSummary;
import java.io.IOException;

/**
 * Journal content to InfluxDB points (docs/influxdb.md is the schema). Pure. A point re-sent after an
 * outage has the same measurement, tags and timestamp as the first time, so InfluxDB overwrites it.
 */
final class PointMapper {

    static final String FRAME = "ashiatsu_frame";
    static final String ALARM = "ashiatsu_alarm";
    static final String NOTE = "ashiatsu_note";
    static final String SESSION = "ashiatsu_session";

    private PointMapper() {
    }

    /** One point per frame of a FRAMES record, written as line protocol ({@link FrameLines}). */
    static void frames(SessionContext session, byte[] payload, LineBatch out) {
        FrameLines lines = new FrameLines(session);
        FrameBlockCodec.decode(payload, (tMs, values, inKg, estimate) -> lines.append(out, tMs, values, inKg, estimate));
    }

    /** The alarm as last recorded; its timestamp is its start, so its end overwrites its start. */
    static Point alarm(SessionContext session, AlarmEvent alarm) {
        Point point = sessionTags(Point.measurement(ALARM), session)
                .addTag("type", alarm.type().name())
                .addTag("priority", alarm.priority().name())
                .time(session.epochNs(alarm.startMs()), WritePrecision.NS)
                .addField("alarm_id", alarm.id())
                .addField("start_ms", alarm.startMs())
                .addField("active", alarm.active());
        if (alarm.channel() != null) {
            point.addTag("channel", alarm.channel());
        }
        if (alarm.endMs() != null) {
            point.addField("end_ms", alarm.endMs());
            point.addField("duration_s", (alarm.endMs() - alarm.startMs()) / 1000);
        }
        addFinite(point, "peak_kg", alarm.peakKg());
        addFinite(point, "limit_kg", alarm.limitKg());
        point.addField("zone", alarm.zone() == null ? "" : alarm.zone().name());
        point.addField("detail", alarm.detail() == null ? "" : alarm.detail());
        if (alarm.press() != null) {
            addPress(point, alarm.press());
        }
        return point;
    }

    /**
     * A CLIENT_STOP's press: its load and fraction as numbers (for dashboards), and the whole press as the
     * journal's JSON (the 5 s history included), from which review reads it back.
     */
    private static void addPress(Point point, StopPress press) {
        addFinite(point, "press_applied_kg", press.appliedKg());
        addFinite(point, "press_fraction", press.fraction());
        try {
            point.addField("press_json", JournalJson.MAPPER.writeValueAsString(press));
        } catch (IOException e) {
            point.addField("press_json", "");
        }
    }

    /** A note; its {@code kind} field only when it has one (old notes have none). */
    static Point note(SessionContext session, Note note) {
        Point point = sessionTags(Point.measurement(NOTE), session)
                .addTag("created", Long.toString(note.createdAtEpochMs()))
                .time(session.epochNs(note.tMs()), WritePrecision.NS)
                .addField("t_ms", note.tMs())
                .addField("text", note.text());
        if (note.kind() != null) {
            point.addField("kind", note.kind());
        }
        return point;
    }

    /**
     * The session's list entry, timestamped at its start: written when it starts and again, complete,
     * when it ends (the second overwrites the first), and again when a note is added after its end.
     *
     * @param summary null while the session runs
     * @param end     its END record, null while it runs
     */
    static Point session(SessionContext session, SessionSummary summary, JournalJson.EndRecord end) {
        Point point = sessionTags(Point.measurement(SESSION), session)
                .time(session.info().startedAtEpochMs() * 1_000_000, WritePrecision.NS)
                .addField("started_at_ms", session.info().startedAtEpochMs())
                .addField("client_name", session.info().client().name())
                .addField("practitioner_name", session.info().practitioner().name())
                .addField("source", session.info().source() == null ? "" : session.info().source())
                .addField("info_json", infoJson(session));
        if (summary != null) {
            point.addField("duration_s", summary.durationS())
                    .addField("frames", summary.frames())
                    .addField("peak_applied_kg", summary.peakAppliedKg())
                    .addField("seconds_over_limit", summary.secondsOverLimit())
                    .addField("alarm_count", (long) summary.alarmCount())
                    .addField("high_alarm_count", (long) summary.highAlarmCount())
                    .addField("note_count", (long) summary.noteCount())
                    .addField("frames_lost", summary.framesLost())
                    .addField("ended", summary.ended());
            if (end != null) {
                point.addField("end_ms", end.tMs());
            }
        } else {
            point.addField("ended", false);
        }
        return point;
    }

    private static Point sessionTags(Point point, SessionContext session) {
        return point.addTag("session", session.id())
                .addTag("client", session.info().client().id())
                .addTag("practitioner", session.info().practitioner().id())
                .addTag("table", session.info().table().name());
    }

    private static void addFinite(Point point, String field, double value) {
        if (Double.isFinite(value)) {
            point.addField(field, value);
        }
    }

    private static String infoJson(SessionContext session) {
        try {
            return JournalJson.MAPPER.writeValueAsString(session.info());
        } catch (IOException e) {
            return "";
        }
    }
}
