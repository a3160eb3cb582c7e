package dev.ashiatsu.recorder.influx;

import java.time.Instant;

/**
 * The Flux queries of a central review server (also in docs/influxdb.md). Pure. Every name put in a
 * query is quoted and escaped; session ids are checked against the journal's id pattern before.
 */
public final class FluxQueries {

    /**
     * The column the {@code table} tag is read from: annotated CSV has its own {@code table} column (the
     * result table's number), so the tag is renamed in the query to keep the two apart.
     */
    static final String TABLE_COLUMN = "table_name";
    private static final String RENAME_TABLE = "  |> rename(columns: {table: \"" + TABLE_COLUMN + "\"})\n";

    private FluxQueries() {
    }

    /** Every session's list entry (the last state of its {@code ashiatsu_session} point), newest first. */
    public static String list(String bucket) {
        return from(bucket)
                + "  |> range(start: 0)\n"
                + "  |> filter(fn: (r) => r._measurement == " + quote(PointMapper.SESSION) + ")\n"
                + RENAME_TABLE
                + "  |> last()\n"
                + "  |> pivot(rowKey: [\"_time\", \"session\", \"client\", \"practitioner\", \"" + TABLE_COLUMN + "\"],"
                + " columnKey: [\"_field\"], valueColumn: \"_value\")\n"
                + "  |> group()\n"
                + "  |> sort(columns: [\"_time\"], desc: true)";
    }

    /** One session's {@code ashiatsu_session} point, one row. */
    public static String session(String bucket, String id) {
        return from(bucket)
                + "  |> range(start: 0)\n"
                + "  |> filter(fn: (r) => r._measurement == " + quote(PointMapper.SESSION) + " and r.session == "
                + quote(id) + ")\n"
                + RENAME_TABLE
                + "  |> last()\n"
                + "  |> pivot(rowKey: [\"_time\"], columnKey: [\"_field\"], valueColumn: \"_value\")";
    }

    /**
     * One session's points of a measurement ({@code ashiatsu_frame}, {@code ashiatsu_alarm},
     * {@code ashiatsu_note}) in {@code [start, stop)}, one row per point with its fields as columns.
     */
    public static String points(String bucket, String measurement, String id, Instant start, Instant stop) {
        return from(bucket)
                + "  |> range(start: " + start + ", stop: " + stop + ")\n"
                + "  |> filter(fn: (r) => r._measurement == " + quote(measurement) + " and r.session == "
                + quote(id) + ")\n"
                + RENAME_TABLE
                + "  |> pivot(rowKey: [\"_time\"], columnKey: [\"_field\"], valueColumn: \"_value\")";
    }

    private static String from(String bucket) {
        return "from(bucket: " + quote(bucket) + ")\n";
    }

    /** A Flux string literal. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "\\${") + "\"";
    }
}
