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
 * the same port and data (an outage).
 */
final class QuestDbServer implements AutoCloseable {

    private final Path root;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ServerMain server;

    QuestDbServer(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        start();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void start() {
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

    void stop() {
        server.close();
    }

    /** Waits until every committed write to a table is visible to queries. */
    void awaitTable(String table) {
        server.awaitTable(table);
    }

    /** Runs SQL and returns the rows of the result ({@code dataset}). */
    JsonNode query(String sql) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/exec?query="
                + URLEncoder.encode(sql, StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = json.readTree(response.body());
        if (response.statusCode() != 200 || body.has("error")) {
            throw new IOException("QuestDB: " + sql + ": " + response.body());
        }
        return body.get("dataset");
    }

    long count(String sql) throws IOException, InterruptedException {
        return query(sql).get(0).get(0).asLong();
    }

    @Override
    public void close() {
        if (server != null && !server.hasBeenClosed()) {
            server.close();
        }
    }
}
