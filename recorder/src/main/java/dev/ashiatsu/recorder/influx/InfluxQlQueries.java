package dev.ashiatsu.recorder.influx;

import dev.ashiatsu.recorder.SessionQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The InfluxQL queries of a central review server (also in docs/influxdb.md). Pure. Identifiers are
 * double-quoted and string literals single-quoted, both escaped; session ids are checked against the
 * journal's id pattern before. Every query reads raw points in time order, one page at a time: the
 * caller moves {@code from} past the last page (see {@link InfluxSessionArchive}), so no answer is ever
 * larger than {@code limit} rows, whatever the server's own row limit.
 */
public final class InfluxQlQueries {

    /** The range of InfluxDB's times (signed 64-bit ns), in ms. */
    private static final long MIN_MS = Long.MIN_VALUE / 1_000_000 + 1;
    private static final long MAX_MS = Long.MAX_VALUE / 1_000_000 - 1;

    private InfluxQlQueries() {
    }

    /**
     * The tags and fields of a session point that the list shows: all but {@code info_json} (the table with
     * its calibration and both profiles, most of the point's bytes), which only opening a session needs.
     */
    static final String LIST_COLUMNS = String.join(", ", java.util.stream.Stream.of("session", "client",
            "practitioner", "table", "started_at_ms", "client_name", "practitioner_name", "source", "duration_s",
            "frames", "peak_applied_kg", "seconds_over_limit", "alarm_count", "high_alarm_count", "note_count",
            "frames_lost", "ended", "in_band_percent", "stroke_count", "stroke_smoothness").map(InfluxQlQueries::identifier).toList());

    /**
     * A page of every session's {@code ashiatsu_session} point (one per session: its end overwrites its
     * start), the list's columns only, oldest first, from {@code from}.
     *
     * @param inclusive whether a point at exactly {@code from} is wanted
     */
    public static String sessions(Instant from, boolean inclusive, int limit) {
        return "SELECT " + LIST_COLUMNS + " FROM " + identifier(PointMapper.SESSION) + " WHERE "
                + timeFrom(from, inclusive) + " ORDER BY time ASC LIMIT " + limit;
    }

    /**
     * One page of the session list, newest first, with the query's filters in the WHERE clause: client and
     * practitioner are tags (the series index picks their sessions), the start is the point's time, the
     * alarm counts are fields. The page is the query's LIMIT and OFFSET (at most
     * {@value SessionQuery#MAX_LIMIT} rows).
     */
    public static String sessionPage(SessionQuery query) {
        return "SELECT " + LIST_COLUMNS + " FROM " + identifier(PointMapper.SESSION) + where(query)
                + " ORDER BY time DESC LIMIT " + query.limit() + " OFFSET " + query.offset();
    }

    /** How many sessions pass the query's filters: one row, column {@code count} (no row when none). */
    public static String sessionCount(SessionQuery query) {
        return "SELECT count(" + identifier("started_at_ms") + ") FROM " + identifier(PointMapper.SESSION)
                + where(query);
    }

    private static String where(SessionQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.clientId() != null) {
            conditions.add(identifier("client") + " = " + literal(query.clientId()));
        }
        if (query.practitionerId() != null) {
            conditions.add(identifier("practitioner") + " = " + literal(query.practitionerId()));
        }
        if (query.fromMs() > MIN_MS) {
            conditions.add("time >= " + nanos(query.fromMs()));
        }
        if (query.toMs() < MAX_MS) {
            conditions.add("time < " + nanos(query.toMs()));
        }
        if (query.alarms() != null) {
            conditions.add(switch (query.alarms()) {
                case ANY -> identifier("alarm_count") + " > 0";
                case HIGH -> identifier("high_alarm_count") + " > 0";
                case NONE -> identifier("alarm_count") + " = 0";
            });
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** A time as an integer of ns since the epoch (InfluxQL reads a bare integer so). */
    private static String nanos(long epochMs) {
        return Long.toString(Math.max(MIN_MS, Math.min(MAX_MS, epochMs)) * 1_000_000);
    }

    /** One session's {@code ashiatsu_session} point. */
    public static String session(String id) {
        return "SELECT * FROM " + identifier(PointMapper.SESSION) + " WHERE " + identifier("session") + " = "
                + literal(id) + " ORDER BY time DESC LIMIT 1";
    }

    /**
     * A page of one session's points of a measurement ({@code ashiatsu_frame}, {@code ashiatsu_alarm},
     * {@code ashiatsu_note}) from {@code from} to before {@code stop}, oldest first, one row per point
     * with its tags and fields as columns.
     */
    public static String points(String measurement, String id, Instant from, boolean inclusive, Instant stop, int limit) {
        return "SELECT * FROM " + identifier(measurement) + " WHERE " + identifier("session") + " = " + literal(id)
                + " AND " + timeFrom(from, inclusive) + " AND time < " + literal(stop.toString())
                + " ORDER BY time ASC LIMIT " + limit;
    }

    /**
     * The database's retention policies: rows when the database exists and the token may read it.
     * (InfluxDB answers a query on a missing database or retention policy with an error that the
     * client's InfluxQL API does not raise: it reads as "no points".)
     */
    public static String retentionPolicies() {
        return "SHOW RETENTION POLICIES";
    }

    private static String timeFrom(Instant from, boolean inclusive) {
        return "time " + (inclusive ? ">=" : ">") + " " + literal(from.toString());
    }

    /** An InfluxQL identifier: {@code "name"}. */
    static String identifier(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** An InfluxQL string literal: {@code 'text'}. */
    static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
