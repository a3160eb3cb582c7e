package dev.ashiatsu.recorder.influx;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import com.influxdb.query.FluxRecord;
import com.influxdb.query.FluxTable;
import dev.ashiatsu.recorder.InfluxSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the sessions held in an InfluxDB 2.x bucket, newest first, with one Flux query over the
 * {@code ashiatsu_session} measurement (a central review server's session list).
 */
public final class InfluxSessionIndex implements AutoCloseable {

    private final InfluxSettings settings;
    private final InfluxDBClient client;

    public InfluxSessionIndex(InfluxSettings settings) {
        this.settings = settings;
        this.client = InfluxDBClientFactory.create(settings.url(), settings.token().toCharArray(), settings.org(),
                settings.bucket());
    }

    /** The Flux query that lists sessions (also in docs/influxdb.md). */
    static String listQuery(String bucket) {
        return "from(bucket: \"" + bucket.replace("\"", "\\\"") + "\")\n"
                + "  |> range(start: 0)\n"
                + "  |> filter(fn: (r) => r._measurement == \"" + PointMapper.SESSION + "\")\n"
                + "  |> last()\n"
                + "  |> pivot(rowKey: [\"_time\", \"session\", \"client\", \"practitioner\", \"table\"],"
                + " columnKey: [\"_field\"], valueColumn: \"_value\")\n"
                + "  |> group()\n"
                + "  |> sort(columns: [\"_time\"], desc: true)";
    }

    public List<RemoteSession> list() {
        List<RemoteSession> sessions = new ArrayList<>();
        for (FluxTable table : client.getQueryApi().query(listQuery(settings.bucket()), settings.org())) {
            for (FluxRecord row : table.getRecords()) {
                sessions.add(new RemoteSession(text(row, "session"), text(row, "client"), text(row, "practitioner"),
                        text(row, "table"), row.getTime() == null ? 0 : row.getTime().toEpochMilli(),
                        number(row, "duration_s"), number(row, "peak_applied_kg"), number(row, "seconds_over_limit"),
                        row.getValueByKey("alarm_count") instanceof Number n ? n.longValue() : null,
                        Boolean.TRUE.equals(row.getValueByKey("ended"))));
            }
        }
        return sessions;
    }

    private static String text(FluxRecord row, String key) {
        Object value = row.getValueByKey(key);
        return value == null ? null : value.toString();
    }

    private static Double number(FluxRecord row, String key) {
        return row.getValueByKey(key) instanceof Number n ? n.doubleValue() : null;
    }

    @Override
    public void close() {
        client.close();
    }
}
