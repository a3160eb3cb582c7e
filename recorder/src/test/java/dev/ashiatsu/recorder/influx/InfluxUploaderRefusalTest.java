package dev.ashiatsu.recorder.influx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.testing.Await;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that refuses one session's points for good (HTTP 400, as InfluxDB does on a field-type
 * conflict) must not hold back the others; one that refuses a session's digest still gets the session. The server is a small real HTTP server speaking the v2 write
 * endpoint, driven by the real influxdb-client-java writer.
 */
class InfluxUploaderRefusalTest {

    private static final long STARTED_AT = 1_763_776_800_000L;

    @TempDir
    Path sessions;
    private HttpServer server;
    private final List<String> acceptedLines = new ArrayList<>();
    private final AtomicInteger refusedRequests = new AtomicInteger();
    private volatile String refusedSession = "none";
    private volatile boolean refuseDigests;
    private final AtomicInteger refusedDigests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v2/write", this::write);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void write(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean digest = body.startsWith(PointMapper.DIGEST + ",");
        if (body.contains("session=" + refusedSession) || (refuseDigests && digest)) {
            (digest ? refusedDigests : refusedRequests).incrementAndGet();
            byte[] answer = "{\"code\":\"invalid\",\"message\":\"field type conflict\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(400, answer.length);
            exchange.getResponseBody().write(answer);
        } else {
            synchronized (acceptedLines) {
                body.lines().filter(line -> !line.isBlank()).forEach(acceptedLines::add);
            }
            exchange.sendResponseHeaders(204, -1);
        }
        exchange.close();
    }

    @Test
    void aRefusedSessionIsSetAsideAndTheOthersUploadExactlyOnce() throws Exception {
        SessionStore store = new SessionStore(sessions);
        String refused = record(store, STARTED_AT);
        String second = record(store, STARTED_AT + 3_600_000);
        String third = record(store, STARTED_AT + 7_200_000);
        refusedSession = refused;
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        InfluxSettings settings = new InfluxSettings(url, "ashiatsu", "sessions", "unused");
        try (InfluxUploader uploader = new InfluxUploader(store, new InfluxPointWriter(settings), url, 100, 400)) {
            Await.until(Duration.ofSeconds(30), () -> uploaded(store, second) && uploaded(store, third),
                    "the sessions after the refused one");
            assertTrue(uploader.status().failedSessions().containsKey(refused), "status names the refused session: " + uploader.status());
            assertTrue(uploader.status().failedSessions().get(refused).contains("field type conflict"), uploader.status().toString());
            assertEquals(1, uploader.status().failedSessions().size());

            String fourth = record(store, STARTED_AT + 10_800_000);
            uploader.wake();
            Await.until(Duration.ofSeconds(30), () -> uploaded(store, fourth), "a session recorded after the refusal");

            UploadStatus status = uploader.status();
            assertTrue(status.healthy(), "a refused session is not an outage: " + status);
            assertEquals(1, refusedRequests.get(), "the refused session is not sent again");
            assertTrue(UploadCursor.read(sessions, refused) < Files.size(JournalFiles.journal(sessions, refused)));
            for (String id : List.of(second, third, fourth)) {
                assertFramesExactlyOnce(id);
            }
        }
    }

    @Test
    void aRefusedDigestCostsNothingButTheDigest() throws Exception {
        refuseDigests = true;
        SessionStore store = new SessionStore(sessions);
        String id = record(store, STARTED_AT);
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        InfluxSettings settings = new InfluxSettings(url, "ashiatsu", "sessions", "unused");
        try (InfluxUploader uploader = new InfluxUploader(store, new InfluxPointWriter(settings), url, 100, 400)) {
            Await.until(Duration.ofSeconds(30), () -> uploaded(store, id), "the session, its digest refused");
            assertEquals(1, refusedDigests.get(), "the digest was offered once, on its own");
            assertTrue(uploader.status().failedSessions().isEmpty(), "not set aside: " + uploader.status());
            assertTrue(uploader.status().healthy(), uploader.status().toString());
            assertFramesExactlyOnce(id);
            synchronized (acceptedLines) {
                assertTrue(acceptedLines.stream().anyMatch(line -> line.startsWith(PointMapper.SESSION + ",")
                        && line.contains("ended=true")), "the complete session point arrived");
            }
        }
    }

    private String record(SessionStore store, long startedAt) {
        SimulatedSession sim = new SimulatedSession();
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            String id = recorder.begin(sim.info(startedAt));
            sim.run(3_000);
            recorder.end(sim.timeMs());
            return id;
        }
    }

    private void assertFramesExactlyOnce(String id) {
        List<String> frames;
        synchronized (acceptedLines) {
            frames = acceptedLines.stream()
                    .filter(line -> line.startsWith(PointMapper.FRAME + ",") && line.contains("session=" + id))
                    .toList();
        }
        long expected = Math.round(3_000 / SimulatedSession.PERIOD_MS);
        assertEquals(expected, frames.size(), "one line per frame of " + id);
        assertEquals(expected, frames.stream().map(line -> line.substring(line.lastIndexOf(' ') + 1)).distinct().count(),
                "no frame of " + id + " twice");
    }

    private static boolean uploaded(SessionStore store, String id) {
        try {
            return UploadCursor.read(store.dir(), id) == Files.size(JournalFiles.journal(store.dir(), id));
        } catch (IOException e) {
            return false;
        }
    }
}
