package dev.ashiatsu.recorder.influx;

import com.influxdb.client.domain.WritePrecision;
import com.influxdb.client.write.Point;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.StopPress;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.recorder.journal.FrameBlockCodec;
import dev.ashiatsu.recorder.journal.JournalJson;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionSummary;
import dev.ashiatsu.recorder.journal.DigestJson;
import dev.ashiatsu.recorder.journal.SessionDigest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Journal content to InfluxDB points (docs/influxdb.md is the schema). Pure. A point re-sent after an
 * outage has the same measurement, tags and timestamp as the first time, so InfluxDB overwrites it.
 */
final class PointMapper {

    static final String FRAME = "ashiatsu_frame";
    static final String ALARM = "ashiatsu_alarm";
    static final String NOTE = "ashiatsu_note";
    static final String SESSION = "ashiatsu_session";
    static final String BANDS = "ashiatsu_bands";
    static final String DIGEST = "ashiatsu_digest";
    /** Base64 characters of the digest per point (InfluxDB keeps at most 64 KB in a string field). */
    static final int DIGEST_PART_CHARS = 16_000;

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
     * Target bands set from a moment on: timestamped at that moment (the session's start for bands set before
     * its first frame), tagged with the record's place in the journal so two sets at one moment stay two points.
     * The set is the journal's JSON, from which review reads it back.
     */
    static Point bands(SessionContext session, BandSet bands, long atByte) {
        double fromMs = bands.fromMs() == null ? session.firstFrameTMs() : bands.fromMs();
        Point point = sessionTags(Point.measurement(BANDS), session)
                .addTag("at_byte", Long.toString(atByte))
                .time(Double.isNaN(fromMs) ? session.info().startedAtEpochMs() * 1_000_000 : session.epochNs(fromMs),
                        WritePrecision.NS)
                .addField("zones", (long) bands.bands().size());
        try {
            point.addField("bands_json", JournalJson.MAPPER.writeValueAsString(bands));
        } catch (IOException e) {
            point.addField("bands_json", "");
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
            if (summary.inBandPercent() != null) {
                point.addField("in_band_percent", summary.inBandPercent());
            }
            if (summary.strokeCount() != null) {
                point.addField("stroke_count", (long) summary.strokeCount());
            }
            if (summary.strokeSmoothness() != null) {
                point.addField("stroke_smoothness", summary.strokeSmoothness());
            }
            if (end != null) {
                point.addField("end_ms", end.tMs());
            }
        } else {
            point.addField("ended", false);
        }
        return point;
    }

    /**
     * The session's digest ({@link DigestJson}) in base64 (so no character needs escaping in the line protocol),
     * cut into parts of at most {@link #DIGEST_PART_CHARS} characters, one point each, at the session's start
     * plus the part's index in ns; each carries {@code part}, {@code parts} and {@code data}. Written again whole
     * whenever the session point is rewritten complete; a reader joins parts {@code 0 .. parts-1}, decodes them
     * and checks the digest's CRC-32.
     */
    static List<Point> digest(SessionContext session, SessionDigest digest) {
        String base64 = Base64.getEncoder().encodeToString(DigestJson.write(digest));
        int parts = Math.max(1, (base64.length() + DIGEST_PART_CHARS - 1) / DIGEST_PART_CHARS);
        long startNs = session.info().startedAtEpochMs() * 1_000_000;
        List<Point> out = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            out.add(sessionTags(Point.measurement(DIGEST), session)
                    .time(startNs + i, WritePrecision.NS)
                    .addField("part", (long) i)
                    .addField("parts", (long) parts)
                    .addField("data", base64.substring(i * DIGEST_PART_CHARS, Math.min(base64.length(), (i + 1) * DIGEST_PART_CHARS))));
        }
        return out;
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
