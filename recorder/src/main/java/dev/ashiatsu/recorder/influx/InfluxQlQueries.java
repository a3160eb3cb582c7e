package dev.ashiatsu.recorder.influx;

import java.time.Instant;

/**
 * The InfluxQL queries of a central review server (also in docs/influxdb.md). Pure. Identifiers are
 * double-quoted and string literals single-quoted, both escaped; session ids are checked against the
 * journal's id pattern before. Every query reads raw points in time order, one page at a time: the
 * caller moves {@code from} past the last page (see {@link InfluxSessionArchive}), so no answer is ever
 * larger than {@code limit} rows, whatever the server's own row limit.
 */
public final class InfluxQlQueries {

    private InfluxQlQueries() {
    }

    /**
     * A page of every session's {@code ashiatsu_session} point (one per session: its end overwrites its
     * start), oldest first, from {@code from}.
     *
     * @param inclusive whether a point at exactly {@code from} is wanted
     */
    public static String sessions(Instant from, boolean inclusive, int limit) {
        return "SELECT * FROM " + identifier(PointMapper.SESSION) + " WHERE " + timeFrom(from, inclusive)
                + " ORDER BY time ASC LIMIT " + limit;
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
