package dev.ashiatsu.recorder.influx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.influxdb.query.FluxRecord;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.journal.JournalJson;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionSummary;

/**
 * Reads the rows of the Flux queries (pivoted: one row per point, fields as columns) back into the
 * recorder's values, the inverse of {@link PointMapper}. Pure. A row that does not fit the schema is an
 * {@link IllegalArgumentException} naming the session and the field.
 */
final class FluxRows {

    private FluxRows() {
    }

    /** A session's list entry from its {@code ashiatsu_session} point; figures are 0 until its end was uploaded. */
    static SessionSummary summary(FluxRecord row) {
        String id = text(row, "session");
        return new SessionSummary(id, text(row, "client"), text(row, "client_name"), text(row, "practitioner"),
                text(row, "practitioner_name"), text(row, FluxQueries.TABLE_COLUMN), text(row, "source"),
                whole(row, "started_at_ms", row.getTime() == null ? 0 : row.getTime().toEpochMilli()),
                number(row, "duration_s", 0), whole(row, "frames", 0), number(row, "peak_applied_kg", 0),
                number(row, "seconds_over_limit", 0), (int) whole(row, "alarm_count", 0),
                (int) whole(row, "high_alarm_count", 0), (int) whole(row, "note_count", 0),
                Boolean.TRUE.equals(row.getValueByKey("ended")), whole(row, "frames_lost", 0), 0);
    }

    /** The session info as recorded ({@code info_json}). */
    static SessionInfo info(FluxRecord row) {
        String json = text(row, "info_json");
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("session " + text(row, "session") + ": no info_json field");
        }
        try {
            return JournalJson.MAPPER.readValue(json, SessionInfo.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("session " + text(row, "session") + ": info_json unreadable: "
                    + e.getOriginalMessage());
        }
    }

    /** The end (frame clock) as uploaded; null while the session runs or when the uploader predates end_ms. */
    static Double endMs(FluxRecord row) {
        return row.getValueByKey("end_ms") instanceof Number n ? n.doubleValue() : null;
    }

    static AlarmEvent alarm(FluxRecord row) {
        String type = text(row, "type");
        try {
            return new AlarmEvent(whole(row, "alarm_id", -1), AlarmType.valueOf(type), number(row, "start_ms", Double.NaN),
                    row.getValueByKey("end_ms") instanceof Number end ? end.doubleValue() : null,
                    number(row, "peak_kg", Double.NaN), number(row, "limit_kg", Double.NaN), zone(text(row, "zone")),
                    text(row, "channel"), emptyToNull(text(row, "detail")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("session " + text(row, "session") + ": alarm at " + row.getTime()
                    + " unreadable (type '" + type + "'): " + e.getMessage());
        }
    }

    static Note note(FluxRecord row) {
        String created = text(row, "created");
        try {
            return new Note(number(row, "t_ms", Double.NaN), text(row, "text"), created == null ? 0 : Long.parseLong(created));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("session " + text(row, "session") + ": note at " + row.getTime()
                    + " unreadable: " + e.getMessage());
        }
    }

    /** A zone by name; null for "" (no zone). */
    static Zone zone(String name) {
        return name == null || name.isEmpty() ? null : Zone.valueOf(name);
    }

    static String text(FluxRecord row, String key) {
        Object value = row.getValueByKey(key);
        return value == null ? null : value.toString();
    }

    static double number(FluxRecord row, String key, double absent) {
        return row.getValueByKey(key) instanceof Number n ? n.doubleValue() : absent;
    }

    static long whole(FluxRecord row, String key, long absent) {
        return row.getValueByKey(key) instanceof Number n ? n.longValue() : absent;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
