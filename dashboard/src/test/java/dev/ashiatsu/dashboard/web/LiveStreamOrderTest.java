package dev.ashiatsu.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.dashboard.fixtures.LiveSocket;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** However a connect falls among the updates, a new live stream's first message is the context. */
class LiveStreamOrderTest {

    static final int CONNECTS = 200;
    static final int AT_ONCE = 4;

    @Test
    void theFirstMessageOfEveryConnectIsTheContext(@TempDir Path data) throws Exception {
        ScriptedSource fast = new ScriptedSource(TestTable.table(), 1000, t -> TestTable.script(t, 1e9, 0));
        try (RunningDashboard server = RunningDashboard.start(data, fast, TestTable.table(), TestTable.client(),
                TestTable.practitioner(), false)) {
            URI ws = URI.create("ws://127.0.0.1:" + server.port() + "/ws/live");
            HttpClient http = HttpClient.newHttpClient();
            try (LiveSocket watcher = LiveSocket.open(http, ws, null)) {
                watcher.await(LiveSocket.ofType("update"), 5, "updates streaming");
            }
            ExecutorService connectors = Executors.newFixedThreadPool(AT_ONCE);
            try {
                List<Future<List<String>>> runs = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    runs.add(connectors.submit(() -> firstMessages(http, ws, CONNECTS / AT_ONCE)));
                }
                List<String> firsts = new ArrayList<>();
                for (Future<List<String>> run : runs) {
                    firsts.addAll(run.get());
                }
                assertEquals(CONNECTS, firsts.size());
                assertEquals(List.of(), firsts.stream().filter(type -> !type.equals("context")).toList(),
                        "first messages other than the context");
            } finally {
                connectors.shutdownNow();
            }
        }
    }

    private static List<String> firstMessages(HttpClient http, URI ws, int connects) throws Exception {
        List<String> types = new ArrayList<>();
        for (int i = 0; i < connects; i++) {
            try (LiveSocket live = LiveSocket.open(http, ws, null)) {
                JsonNode first = live.await(message -> true, 5, "a first message");
                types.add(first.path("type").asText());
            }
        }
        return types;
    }
}
