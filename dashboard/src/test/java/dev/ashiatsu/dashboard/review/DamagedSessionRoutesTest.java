package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.dashboard.review.RecordedSessions.Recorded;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.JournalRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged sessions through the review routes: listed with their damage, read as far as they can be, never a 500. */
class DamagedSessionRoutesTest {

    @TempDir
    Path sessions;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ReviewServer server;

    @BeforeEach
    void start() {
        server = new ReviewServer(sessions);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFlippedBitIsSkippedAndReportedInTheListAndTheDetail() throws Exception {
        Recorded recorded = RecordedSessions.record(server.store, 60_000, RecordedSessions.STARTED_AT);
        JournalRecord hit = DamagedJournals.flipBitAt(sessions, recorded.id(), 0.4);
        server.store.recover();

        JsonNode listed = send("GET", "/api/sessions", null, 200).get(0);
        assertEquals(hit.end() - hit.offset(), listed.get("damagedBytes").asLong());
        assertTrue(listed.get("damagedSpanS").asDouble() > 0, listed.toString());
        assertTrue(listed.get("unreadable").isNull());
        assertTrue(listed.get("ended").asBoolean(), "the END after the damage is read");

        JsonNode detail = send("GET", "/api/sessions/" + recorded.id(), null, 200);
        JsonNode damage = detail.get("damage").get(0);
        assertEquals(hit.offset(), damage.get("offset").asLong());
        assertEquals(hit.end() - hit.offset(), damage.get("bytes").asLong());
        assertTrue(damage.get("toMs").asDouble() > damage.get("fromMs").asDouble(), damage.toString());
        long alarms = recorded.sim().alarms.stream().mapToLong(a -> a.id()).distinct().count();
        assertEquals(alarms, detail.get("alarms").size(), "every alarm, those after the damage too");
        send("GET", "/api/sessions/" + recorded.id() + "/series?points=200", null, 200);
    }

    @Test
    void aBrokenMagicNumberIsDamageNotA500() throws Exception {
        Recorded recorded = RecordedSessions.record(server.store, 20_000, RecordedSessions.STARTED_AT);
        DamagedJournals.breakMagic(sessions, recorded.id());

        JsonNode detail = send("GET", "/api/sessions/" + recorded.id(), null, 200);
        assertEquals(8, detail.get("summary").get("damagedBytes").asLong());
        assertEquals(0, detail.get("damage").get(0).get("offset").asLong());
        send("POST", "/api/sessions/" + recorded.id() + "/notes", "{\"tMs\": 5000, \"text\": \"still takes notes\"}", 201);
        assertEquals(2, send("GET", "/api/sessions/" + recorded.id(), null, 200).get("notes").size());
    }

    @Test
    void aSessionWhoseInfoIsDamagedIsListedAndAnswers409AndRefusesNotes() throws Exception {
        Recorded recorded = RecordedSessions.record(server.store, 20_000, RecordedSessions.STARTED_AT);
        DamagedJournals.breakSessionInfo(sessions, recorded.id());
        long size = Files.size(JournalFiles.journal(sessions, recorded.id()));

        JsonNode listed = send("GET", "/api/sessions", null, 200).get(0);
        assertEquals(recorded.id(), listed.get("id").asText());
        assertTrue(listed.get("unreadable").asText().contains("session info"), listed.toString());
        for (String path : new String[] {"", "/series", "/replay", "/export?format=csv"}) {
            JsonNode error = send("GET", "/api/sessions/" + recorded.id() + path, null, 409);
            assertTrue(error.get("error").asText().contains("cannot be read"), error.toString());
        }
        send("POST", "/api/sessions/" + recorded.id() + "/notes", "{\"tMs\": 5000, \"text\": \"into the void\"}", 409);
        assertEquals(size, Files.size(JournalFiles.journal(sessions, recorded.id())), "nothing appended to it");
        assertTrue(StreamSupport.stream(send("GET", "/api/sessions", null, 200).spliterator(), false).count() == 1);
    }

    @Test
    void noRouteAnswers500ForAnyDamage() throws Exception {
        Recorded recorded = RecordedSessions.record(server.store, 20_000, RecordedSessions.STARTED_AT);
        byte[] whole = Files.readAllBytes(JournalFiles.journal(sessions, recorded.id()));
        java.util.Random random = new java.util.Random(14);
        for (int trial = 0; trial < 40; trial++) {
            byte[] bytes = whole.clone();
            int length = bytes.length;
            switch (trial % 4) {
                case 0 -> bytes[random.nextInt(length)] ^= (byte) (1 << random.nextInt(8));
                case 1 -> java.util.Arrays.fill(bytes, random.nextInt(length / 2), length / 2 + random.nextInt(length / 2), (byte) 0);
                case 2 -> length = random.nextInt(length);
                default -> {
                    for (int i = 0, at = random.nextInt(length - 200); i < 200; i++) {
                        bytes[at + i] = (byte) random.nextInt(256);
                    }
                }
            }
            String id = String.format("20251201-0000%02d-%04x", trial, trial);
            Files.write(JournalFiles.journal(sessions, id), java.util.Arrays.copyOf(bytes, length));
            for (String path : new String[] {"/api/sessions", "/api/sessions/" + id, "/api/sessions/" + id + "/series",
                    "/api/sessions/" + id + "/replay", "/api/sessions/" + id + "/export?format=csv",
                    "/api/sessions/" + id + "/export?format=capture"}) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(response.statusCode() == 200 || response.statusCode() == 409,
                        "trial " + trial + ": GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
        }
    }

    private JsonNode send(String method, String path, String body, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path));
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), method + " " + path + ": " + response.body());
        return response.body().isEmpty() || !response.body().startsWith("{") && !response.body().startsWith("[")
                ? json.nullNode() : json.readTree(response.body());
    }
}
