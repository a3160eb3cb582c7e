package dev.ashiatsu.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.access.ListenHost;
import dev.ashiatsu.dashboard.fixtures.LiveSocket;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.dashboard.live.Clock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bound beyond loopback, the server needs the password: login page, cookie, rate limit, WebSocket check. */
class AccessTest {

    static final String PASSWORD = "correct horse battery";
    @TempDir
    static Path data;
    static RunningDashboard server;

    @BeforeAll
    static void start() throws Exception {
        ScriptedSource source = new ScriptedSource(TestTable.table(), 50, t -> TestTable.script(t, 1e9, 0));
        server = RunningDashboard.start("0.0.0.0", AccessControl.withPassword(PASSWORD, Clock.SYSTEM), data, source,
                TestTable.table(), TestTable.client(), TestTable.practitioner(), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void refusesToListenBeyondLoopbackWithoutAPassword() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> AccessControl.forHost(ListenHost.resolve("0.0.0.0", ListenHost.SYSTEM), Optional.empty(),
                        "data/password"));
        assertTrue(refused.getMessage().contains(AccessControl.PASSWORD_ENV), refused.getMessage());
        assertTrue(refused.getMessage().contains("data/password"), refused.getMessage());
        assertEquals(false, AccessControl.forHost(ListenHost.resolve("127.0.0.1", ListenHost.SYSTEM), Optional.empty(),
                "x").required());
    }

    @Test
    void sendsPagesToTheLoginAndRefusesTheApiWithoutASession() throws Exception {
        HttpResponse<String> page = server.get("/");
        assertEquals(302, page.statusCode());
        assertEquals("/login.html", page.headers().firstValue("Location").orElse(""));
        assertEquals(200, server.get("/login.html").statusCode());
        HttpResponse<String> refused = server.get("/api/state");
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), refused.body());
        assertTrue(RunningDashboard.json(refused).path("error").asText().startsWith("log in first"), refused.body());
        assertEquals(401, server.send("POST", "/api/tare", null).statusCode());
    }

    @Test
    void logsInWithAnHttpOnlyStrictCookieThatOpensTheApiAndTheStream() throws Exception {
        HttpResponse<String> login = server.send("POST", "/api/login", "{\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        assertEquals(200, server.send("GET", "/api/state", null, "Cookie", cookie).statusCode());
        assertEquals(200, server.send("GET", "/api/access", null).statusCode(), "public: says a password is needed");
        URI ws = URI.create("ws://127.0.0.1:" + server.port() + "/ws/live");
        try (LiveSocket live = LiveSocket.open(HttpClient.newHttpClient(), ws, cookie)) {
            live.await(LiveSocket.ofType("update"), 5, "update after login");
            assertEquals(200, server.send("POST", "/api/logout", null, "Cookie", cookie).statusCode());
            assertEquals(1008, live.await(LiveSocket.ofType("closed"), 5, "the stream closed at logout").path("code").asInt());
        }
        assertEquals(401, server.send("GET", "/api/state", null, "Cookie", cookie).statusCode());
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> LiveSocket.open(HttpClient.newHttpClient(), ws, null));
        assertEquals(401, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
        assertThrows(ExecutionException.class, () -> LiveSocket.open(HttpClient.newHttpClient(), ws, "ashiatsu_session=forged"));
    }

    @Test
    void limitsFailedLoginAttempts(@TempDir Path otherData) throws Exception {
        ScriptedSource source = new ScriptedSource(TestTable.table(), 50, t -> TestTable.script(t, 1e9, 0));
        try (RunningDashboard server = RunningDashboard.start("0.0.0.0", AccessControl.withPassword(PASSWORD, Clock.SYSTEM),
                otherData, source, TestTable.table(), TestTable.client(), TestTable.practitioner(), false)) {
            assertBlockedAfterFiveFailures(server);
        }
    }

    private static void assertBlockedAfterFiveFailures(RunningDashboard server) throws Exception {
        int status = 0;
        for (int i = 0; i < 6; i++) {
            status = server.send("POST", "/api/login", "{\"password\":\"guess " + i + "\"}").statusCode();
            if (i < 5) {
                assertEquals(401, status);
            }
        }
        assertEquals(429, status);
        HttpResponse<String> blocked = server.send("POST", "/api/login", "{\"password\":\"" + PASSWORD + "\"}");
        assertEquals(429, blocked.statusCode(), "the right password waits too while the address is blocked");
        assertTrue(blocked.headers().firstValue("Retry-After").isPresent());
    }
}
