package dev.ashiatsu.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.access.KnownDevices;
import dev.ashiatsu.dashboard.access.ListenHost;
import dev.ashiatsu.dashboard.access.LoginThrottle;
import dev.ashiatsu.dashboard.fixtures.LiveSocket;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bound beyond loopback, the server needs the password: login page, cookie, login pacing, WebSocket check. */
class AccessTest {

    static final String PASSWORD = "correct horse battery";
    @TempDir
    static Path data;
    static RunningDashboard server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningDashboard.startIdle("0.0.0.0", AccessControl.withPassword(PASSWORD, Clock.SYSTEM), data);
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
    void theRightPasswordStillGetsInAfterFailedAttemptsFromTheSameAddress(@TempDir Path otherData) throws Exception {
        LoginThrottle.Settings quick = new LoginThrottle.Settings(5, Duration.ofMillis(200), Duration.ofSeconds(5));
        try (RunningDashboard server = startWith(quick, otherData)) {
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> wrong = login(server, "guess " + i, null);
                assertEquals(401, wrong.statusCode(), "attempt " + (i + 1) + " waits its turn, never locked: " + wrong.body());
            }
            HttpResponse<String> right = login(server, PASSWORD, null);
            assertEquals(200, right.statusCode(), right.body());
        }
    }

    @Test
    void aBrowserThatLoggedInBeforeGetsInWhileItsAddressIsFlooded(@TempDir Path otherData) throws Exception {
        LoginThrottle.Settings strict = new LoginThrottle.Settings(2, Duration.ofSeconds(60), Duration.ZERO);
        try (RunningDashboard server = startWith(strict, otherData)) {
            HttpResponse<String> first = login(server, PASSWORD, null);
            assertEquals(200, first.statusCode(), first.body());
            String device = first.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(KnownDevices.COOKIE + "=")).findFirst().orElseThrow();
            assertTrue(device.contains("HttpOnly") && device.contains("SameSite=Strict"), device);
            String deviceCookie = device.substring(0, device.indexOf(';'));

            assertEquals(401, login(server, "guess 1", null).statusCode());
            assertEquals(401, login(server, "guess 2", null).statusCode());
            HttpResponse<String> flooded = login(server, "guess 3", null);
            assertEquals(429, flooded.statusCode(), "past the longest wait, guesses are refused");
            assertTrue(flooded.headers().firstValue("Retry-After").isPresent());
            assertTrue(RunningDashboard.json(flooded).path("error").asText().contains("try again"), flooded.body());

            HttpResponse<String> known = login(server, PASSWORD, deviceCookie);
            assertEquals(200, known.statusCode(), "the known browser is paced apart from its address: " + known.body());
        }
    }

    private static RunningDashboard startWith(LoginThrottle.Settings throttle, Path dataDir) throws Exception {
        return RunningDashboard.startIdle("0.0.0.0", AccessControl.withPassword(PASSWORD, Clock.SYSTEM, throttle), dataDir);
    }

    private static HttpResponse<String> login(RunningDashboard server, String password, String cookie) throws Exception {
        String body = "{\"password\":\"" + password + "\"}";
        return cookie == null ? server.send("POST", "/api/login", body) : server.send("POST", "/api/login", body, "Cookie", cookie);
    }
}
