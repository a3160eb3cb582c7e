package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.recorder.journal.FillingDisk;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.testing.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note to the session being recorded while the disk is full is accepted (202), kept, and written when space returns. */
class NoteOnAFullDiskTest {

    @TempDir
    Path sessions;

    @Test
    void aNoteOnAFullDiskIsAcceptedKeptAndWrittenWhenSpaceReturns() throws Exception {
        FillingDisk disk = new FillingDisk(Long.MAX_VALUE);
        try (ReviewServer server = new ReviewServer(sessions, disk)) {
            SimulatedSession sim = new SimulatedSession().recordingTo(server.recorder);
            String id = server.recorder.begin(sim.info(RecordedSessions.STARTED_AT));
            sim.run(2_000);
            Await.until(() -> server.recorder.framesWritten() > 0, "a frame to be written");
            disk.capacity = disk.written.get();
            sim.run(2_000);

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server.url() + "/api/sessions/" + id + "/notes"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"tMs\": 1500, \"text\": \"written on a full disk\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, response.statusCode(), response.body());
            JsonNode body = new ObjectMapper().readTree(response.body());
            assertTrue(body.get("pending").asText().contains("kept in memory"), response.body());

            disk.capacity = Long.MAX_VALUE;
            sim.run(2_000);
            server.recorder.end(sim.timeMs());
        }
        assertEquals("written on a full disk", new dev.ashiatsu.recorder.journal.SessionStore(sessions)
                .load(Files.list(sessions).map(JournalFiles::idOf).filter(i -> i != null).findFirst().orElseThrow())
                .notes().get(0).text());
    }
}
