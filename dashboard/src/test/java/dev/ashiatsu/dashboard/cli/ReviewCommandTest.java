package dev.ashiatsu.dashboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.fixtures.InfluxDbServer;
import dev.ashiatsu.dashboard.review.ReviewOnlyServer;
import dev.ashiatsu.recorder.influx.InfluxSessionArchive;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ashiatsu review}: its options, its access rules (serve's) and the server it starts on a real InfluxDB (influxd 1.x). */
class ReviewCommandTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void missingOrBadOptionsAreUsageErrorsNamingTheOption() {
        assertTrue(runExpecting(2, "review", "--influx-org", "o", "--influx-bucket", "b").contains("--influx-url is required"));
        assertTrue(runExpecting(2, "review", "--influx-url", "http://127.0.0.1:9", "--influx-bucket", "b")
                .contains("--influx-org is required"));
        assertTrue(runExpecting(2, "review", "--influx-url", "ftp://x", "--influx-org", "o", "--influx-bucket", "b",
                "--influx-token-file", write("token", "t").toString()).contains("--influx-url must start with http://"));
        assertTrue(runExpecting(2, "review", "--influx-url", "http://127.0.0.1:9", "--influx-org", "o", "--influx-bucket", "b",
                "--influx-token-file", dir.resolve("missing").toString()).contains("cannot be read"));
    }

    @Test
    void beyondLoopbackWithoutAPasswordItRefusesToStart() {
        assumeTrue(System.getenv(AccessControl.PASSWORD_ENV) == null, AccessControl.PASSWORD_ENV + " is set: there is a password");
        String err = runExpecting(2, "review", "--influx-url", "http://127.0.0.1:9", "--influx-org", "o", "--influx-bucket", "b",
                "--influx-token-file", write("token", "t").toString(), "--host", "0.0.0.0", "--port", "0",
                "--data", dir.toString());
        assertTrue(err.contains("a password is required"), err);
    }

    @Test
    void servesTheReviewRoutesOnInfluxDbWithServesAccessRules() throws Exception {
        assumeTrue(System.getenv(AccessControl.PASSWORD_ENV) == null, AccessControl.PASSWORD_ENV + " is set: the open case cannot be seen");
        assumeTrue(InfluxDbServer.installed(), "no " + InfluxDbServer.INFLUXD + ": apt-get install influxdb");
        Path token = write("token", "s3cret-token\n");
        try (InfluxDbServer influx = InfluxDbServer.start(dir.resolve("influxd"))) {
            influx.createDatabase("ashiatsu");
            List<String> args = List.of("--influx-url", influx.url(), "--influx-org", "clinic", "--influx-bucket", "ashiatsu",
                    "--influx-token-file", token.toString(), "--port", "0", "--data", dir.toString());
            Options options = Options.parse(args, Set.of("influx-url", "influx-org", "influx-bucket", "influx-token-file",
                    "port", "host", "data"), Set.of());
            try (InfluxSessionArchive archive = new InfluxSessionArchive(ReviewCommand.settings(options));
                 ReviewOnlyServer open = ReviewCommand.start(options, archive)) {
                HttpResponse<String> list = get(open.url() + "api/sessions");
                assertEquals(200, list.statusCode(), list.body());
                assertEquals("[]", list.body(), "an empty database has no sessions");
            }
            write("password", "letmein");
            try (InfluxSessionArchive archive = new InfluxSessionArchive(ReviewCommand.settings(options));
                 ReviewOnlyServer guarded = ReviewCommand.start(options, archive)) {
                assertEquals(401, get(guarded.url() + "api/sessions").statusCode(), "DATA/password makes it required");
                HttpResponse<String> badLogin = http.send(HttpRequest.newBuilder(URI.create(guarded.url() + "api/login"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"password\": 5}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(400, badLogin.statusCode(), badLogin.body());
                assertTrue(badLogin.body().contains("\"field\":\"password\""), badLogin.body());
            }
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String runExpecting(int status, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String errText = err.toString(StandardCharsets.UTF_8);
        assertEquals(status, exit, errText);
        return errText;
    }
}
