package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.dashboard.review.RecordedSessions.Recorded;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note marked "discomfort" through the real review routes; any other kind is refused naming the field. */
class DiscomfortNoteRoutesTest {

    @TempDir
    Path sessions;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ReviewServer server;
    private Recorded recorded;

    @BeforeEach
    void start() {
        server = new ReviewServer(sessions);
        recorded = RecordedSessions.record(server.store, 20_000, RecordedSessions.STARTED_AT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/sessions/" + recorded.id() + "/notes"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDiscomfortNoteKeepsItsKindAndAPlainNoteHasNone() throws Exception {
        HttpResponse<String> posted = post("{\"tMs\":15000,\"text\":\"winced\",\"kind\":\"discomfort\"}");
        assertEquals(201, posted.statusCode(), posted.body());
        assertEquals("discomfort", json.readTree(posted.body()).path("kind").asText());
        JsonNode notes = json.readTree(http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/sessions/"
                + recorded.id())).build(), HttpResponse.BodyHandlers.ofString()).body()).path("notes");
        assertEquals("discomfort", notes.get(1).path("kind").asText(), notes.toString());
        assertTrue(notes.get(0).path("kind").isNull(), "the fixture's plain note has no kind: " + notes);
    }

    @Test
    void anyOtherKindIsRefused() throws Exception {
        HttpResponse<String> refused = post("{\"tMs\":15000,\"text\":\"x\",\"kind\":\"pain\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("kind", json.readTree(refused.body()).path("field").asText());
    }
}
