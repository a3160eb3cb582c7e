package dev.ashiatsu.recorder.influx;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.alarm.StopPress;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.journal.JournalJson;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionSummary;

/**
 * Reads the rows of the InfluxQL queries (one row per point, tags and fields as columns) back into the
 * recorder's values, the inverse of {@link PointMapper}. Pure. A row that does not fit the schema is an
 * {@link IllegalArgumentException} naming the session and the field.
 */
final class PointRows {

    private PointRows() {
    }

    /** A session's list entry from its {@code ashiatsu_session} point; figures are 0 until its end was uploaded. */
    static SessionSummary summary(QlRow row) {
        String id = row.text("session");
        try {
            return new SessionSummary(id, row.text("client"), row.text("client_name"), row.text("practitioner"),
                    row.text("practitioner_name"), row.text("table"), orEmpty(row.text("source")),
                    row.whole("started_at_ms", row.timeNs() / 1_000_000), row.number("duration_s", 0),
                    row.whole("frames", 0), row.number("peak_applied_kg", 0), row.number("seconds_over_limit", 0),
                    (int) row.whole("alarm_count", 0), (int) row.whole("high_alarm_count", 0),
                    (int) row.whole("note_count", 0), Boolean.TRUE.equals(row.bool("ended")),
                    row.whole("frames_lost", 0), 0, 0, 0, null, inBandPercent(row), strokeCount(row),
                    smoothness(row));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("session " + id + ": " + e.getMessage());
        }
    }

    /** The session's stroke count, null if it was uploaded without one (before its end, or by an older uploader). */
    private static Integer strokeCount(QlRow row) {
        long count = row.whole("stroke_count", -1);
        return count < 0 ? null : (int) count;
    }

    private static Double smoothness(QlRow row) {
        double smoothness = row.number("stroke_smoothness", Double.NaN);
        return Double.isNaN(smoothness) ? null : smoothness;
    }

    /** The session info as recorded ({@code info_json}). */
    static SessionInfo info(QlRow row) {
        String json = row.text("info_json");
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("session " + row.text("session") + ": no info_json field");
        }
        try {
            return JournalJson.MAPPER.readValue(json, SessionInfo.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("session " + row.text("session") + ": info_json unreadable: "
                    + e.getOriginalMessage());
        }
    }

    /**
     * A session's or an alarm's end (frame clock, ms) as uploaded; null while it runs (or, for a session, when
     * the uploader predates end_ms).
     */
    static Double endMs(QlRow row) {
        double end = row.number("end_ms", Double.NaN);
        return Double.isNaN(end) ? null : end;
    }

    static AlarmEvent alarm(QlRow row) {
        String type = row.text("type");
        try {
            return new AlarmEvent(row.whole("alarm_id", -1), AlarmType.valueOf(type), row.number("start_ms", Double.NaN),
                    endMs(row), row.number("peak_kg", Double.NaN), row.number("limit_kg", Double.NaN),
                    zone(row.text("zone")), row.text("channel"), row.text("detail"), press(row.text("press_json")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("session " + row.text("session") + ": alarm at " + row.text("time")
                    + " ns unreadable (type '" + type + "'): " + e.getMessage());
        }
    }

    /** A CLIENT_STOP's press from its JSON; null for none (every other alarm, and points from before the buttons). */
    static StopPress press(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JournalJson.MAPPER.readValue(json, StopPress.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("press_json unreadable: " + e.getOriginalMessage());
        }
    }

    private static Double inBandPercent(QlRow row) {
        double percent = row.number("in_band_percent", Double.NaN);
        return Double.isNaN(percent) ? null : percent;
    }

    /** Target bands set during a session, from their {@code bands_json}. */
    static BandSet bands(QlRow row) {
        try {
            return JournalJson.MAPPER.readValue(orEmpty(row.text("bands_json")), BandSet.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("session " + row.text("session") + ": bands at " + row.text("time")
                    + " ns unreadable: " + e.getMessage());
        }
    }

    static Note note(QlRow row) {
        try {
            return new Note(row.number("t_ms", Double.NaN), orEmpty(row.text("text")), row.whole("created", 0),
                    row.text("kind"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("session " + row.text("session") + ": note at " + row.text("time")
                    + " ns unreadable: " + e.getMessage());
        }
    }

    /** A zone by name; null for none. */
    static Zone zone(String name) {
        return name == null ? null : Zone.valueOf(name);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
