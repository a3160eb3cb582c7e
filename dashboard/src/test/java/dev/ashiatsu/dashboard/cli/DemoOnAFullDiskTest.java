package dev.ashiatsu.dashboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.Tmpfs;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ashiatsu demo} on a new data directory on a real full disk (a 1 MB tmpfs, root only; skipped with the
 * reason elsewhere), as a separate process: it says so and monitors; the recorder's fault is one session event;
 * health clears once space returns and the session is then listed, its lost frames counted.
 */
class DemoOnAFullDiskTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path mountPoint;
    private boolean mounted;
    private Process demo;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void mountASmallDisk() throws Exception {
        String refused = Tmpfs.mount(mountPoint);
        assumeTrue(refused == null, refused);
        mounted = true;
    }

    @AfterEach
    void stop() throws Exception {
        if (demo != null) {
            demo.destroy();
            if (!demo.waitFor(10, TimeUnit.SECONDS)) {
                demo.destroyForcibly();
                demo.waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (mounted) {
            Tmpfs.unmount(mountPoint);
        }
    }

    @Test
    void demoOnAFullDiskSaysSoMonitorsAndRecordsOnceSpaceReturns() throws Exception {
        Path filler = mountPoint.resolve("filler");
        Tmpfs.fill(filler);
        Path stderr = Files.createTempFile("demo-full-disk", ".err");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        demo = new ProcessBuilder(javaBin, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "demo", "--data", mountPoint.resolve("data").toString(), "--port", "0")
                .redirectError(stderr.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        String url = null;
        for (String line; url == null && (line = out.readLine()) != null; ) {
            said.append(line).append('\n');
            int at = line.indexOf(" at http://");
            if (line.startsWith("ashiatsu: dashboard on ") && at > 0) {
                url = line.substring(at + 4).split(" ")[0].replaceAll("/$", "");
            }
        }
        assertNotNull(url, "the demo did not start: " + said + Files.readString(stderr));
        assertTrue(said.toString().contains("cannot save the demo profiles") && said.toString().contains("No space left on device"),
                said.toString());

        String base = url;
        Await.until(WAIT, () -> health(base).get("faults").toString().contains("No space left on device"), "the recorder's fault in health");
        assertTrue(health(base).get("framesIn").asLong() > 0, "monitoring runs");
        Await.until(WAIT, () -> health(base).get("framesIn").asLong() > 400, "5 s of frames on the full disk");
        assertEquals(1, faultEvents(base), "one session event for the whole fault episode");

        Files.delete(filler);
        Await.until(WAIT, () -> "ok".equals(health(base).get("status").asText()), "health to clear once space returns");
        JsonNode sessions = get(base + "/api/sessions");
        assertEquals(1, sessions.size(), sessions.toString());
        assertTrue(sessions.get(0).get("framesLost").asLong() > 0, "the frames lost on the full disk are counted: " + sessions);
        assertEquals(1, faultEvents(base));
        assertFalse(Files.readString(stderr).contains("\tat "), "no stack trace: " + Files.readString(stderr));
    }

    private long faultEvents(String base) throws Exception {
        return StreamSupport.stream(get(base + "/api/context").get("events").spliterator(), false)
                .filter(e -> "fault".equals(e.get("kind").asText())).count();
    }

    private JsonNode health(String base) {
        try {
            return get(base + "/api/health");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }
}
