package dev.ashiatsu.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change or a live stream is accepted only from a page of this very server: same scheme, host and port. */
class OriginCheckTest {

    @TempDir
    static Path data;
    static RunningDashboard server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningDashboard.startIdle(data);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<String> phaseFrom(String origin) throws Exception {
        return server.send("POST", "/api/phase", "{\"phase\":\"AUTO\"}", "Origin", origin);
    }

    @Test
    void acceptsAChangeFromAPageOfThisServer() throws Exception {
        HttpResponse<String> same = phaseFrom("http://127.0.0.1:" + server.port());
        assertEquals(200, same.statusCode(), same.body());
    }

    @Test
    void refusesAChangeFromTheSameHostAndPortUnderAnotherScheme() throws Exception {
        HttpResponse<String> https = phaseFrom("https://127.0.0.1:" + server.port());

        assertEquals(403, https.statusCode(), https.body());
        assertTrue(RunningDashboard.json(https).path("error").asText().contains("Origin https://127.0.0.1"), https.body());
    }

    @Test
    void refusesAChangeFromAnotherPortOrHost() throws Exception {
        assertEquals(403, phaseFrom("http://127.0.0.1:" + (server.port() == 1 ? 2 : server.port() - 1)).statusCode());
        assertEquals(403, phaseFrom("http://127.0.0.1").statusCode(), "no port is port 80");
        assertEquals(403, phaseFrom("http://evil.test:" + server.port()).statusCode());
        assertEquals(403, phaseFrom("null").statusCode(), "an opaque origin (sandboxed page, file://)");
    }

    @Test
    void refusesALiveStreamOpenedFromAnotherScheme() throws Exception {
        URI ws = URI.create("ws://127.0.0.1:" + server.port() + "/ws/live");
        ExecutionException refused = assertThrows(ExecutionException.class, () -> HttpClient.newHttpClient()
                .newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .header("Origin", "https://127.0.0.1:" + server.port())
                .buildAsync(ws, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS));
        assertEquals(403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());

        WebSocket same = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", "http://127.0.0.1:" + server.port())
                .buildAsync(ws, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS);
        same.abort();
    }
}
