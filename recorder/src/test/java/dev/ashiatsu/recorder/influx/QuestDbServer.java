package dev.ashiatsu.recorder.influx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.questdb.ServerMain;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real QuestDB server, embedded, on a free port: it accepts influxdb-client-java's writes on
 * {@code /api/v2/write} and answers SQL on {@code GET /exec}. It can be stopped and started again on
 * the same port and data (an outage). Public, in the recorder's test-jar, for the dashboard's clinic load
 * run (docs/performance.md, "Clinic load").
 */
public final class QuestDbServer implements AutoCloseable {

    private final Path root;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ServerMain server;

    public QuestDbServer(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        start();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void start() {
        server = ServerMain.create(root.toString(), Map.of(
                "QDB_HTTP_BIND_TO", "127.0.0.1:" + port,
                "QDB_HTTP_MIN_ENABLED", "false",
                "QDB_PG_ENABLED", "false",
                "QDB_LINE_TCP_ENABLED", "false",
                "QDB_LINE_UDP_ENABLED", "false",
                "QDB_TELEMETRY_ENABLED", "false",
                "QDB_SHARED_WORKER_COUNT", "2"));
        server.start();
        server.awaitStartup();
    }

    public void stop() {
        server.close();
    }

    /**
     * Creates the alarm and session tables with deduplication on timestamp and tags, InfluxDB's own
     * overwrite rule (an alarm's end and a session's summary deliberately overwrite their first point).
     * The frame table is left to be made by the first write, without deduplication, so a frame sent twice
     * is counted twice.
     */
    public void createOverwritingTables() throws IOException, InterruptedException {
        query("CREATE TABLE ashiatsu_alarm (session SYMBOL, client SYMBOL, practitioner SYMBOL, \"table\" SYMBOL,"
                + " type SYMBOL, priority SYMBOL, channel SYMBOL, timestamp TIMESTAMP) TIMESTAMP(timestamp)"
                + " PARTITION BY DAY WAL DEDUP UPSERT KEYS(timestamp, session, type, channel)");
        query("CREATE TABLE ashiatsu_session (session SYMBOL, client SYMBOL, practitioner SYMBOL, \"table\" SYMBOL,"
                + " timestamp TIMESTAMP) TIMESTAMP(timestamp) PARTITION BY DAY WAL DEDUP UPSERT KEYS(timestamp, session)");
    }

    /** Waits until every committed write to a table is visible to queries. */
    public void awaitTable(String table) {
        server.awaitTable(table);
    }

    /** Runs SQL and returns the rows of the result ({@code dataset}). */
    public JsonNode query(String sql) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/exec?query="
                + URLEncoder.encode(sql, StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = json.readTree(response.body());
        if (response.statusCode() != 200 || body.has("error")) {
            throw new IOException("QuestDB: " + sql + ": " + response.body());
        }
        return body.get("dataset");
    }

    public long count(String sql) throws IOException, InterruptedException {
        return query(sql).get(0).get(0).asLong();
    }

    @Override
    public void close() {
        if (server != null && !server.hasBeenClosed()) {
            server.close();
        }
    }
}
