package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.recorder.journal.FileJournalChannel;
import dev.ashiatsu.recorder.journal.JournalChannel;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.testing.Await;
import java.io.IOException;
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

    private volatile boolean full;

    @Test
    void aNoteOnAFullDiskIsAcceptedKeptAndWrittenWhenSpaceReturns() throws Exception {
        try (ReviewServer server = new ReviewServer(sessions, this::fillingDisk)) {
            SimulatedSession sim = new SimulatedSession().recordingTo(server.recorder);
            String id = server.recorder.begin(sim.info(RecordedSessions.STARTED_AT));
            sim.run(2_000);
            Await.until(() -> server.recorder.framesWritten() > 0, "a frame to be written");
            full = true;
            sim.run(2_000);

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server.url() + "/api/sessions/" + id + "/notes"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"tMs\": 1500, \"text\": \"written on a full disk\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, response.statusCode(), response.body());
            JsonNode body = new ObjectMapper().readTree(response.body());
            assertTrue(body.get("pending").asText().contains("kept in memory"), response.body());

            full = false;
            sim.run(2_000);
            server.recorder.end(sim.timeMs());
        }
        assertEquals("written on a full disk", new dev.ashiatsu.recorder.journal.SessionStore(sessions)
                .load(Files.list(sessions).map(JournalFiles::idOf).filter(i -> i != null).findFirst().orElseThrow())
                .notes().get(0).text());
    }

    /** A real file that refuses every write while {@link #full}, as a full disk does. */
    private JournalChannel fillingDisk(Path file) throws IOException {
        JournalChannel real = FileJournalChannel.open(file);
        return new JournalChannel() {
            @Override
            public long size() throws IOException {
                return real.size();
            }

            @Override
            public void write(byte[] bytes, int length, long position) throws IOException {
                if (full) {
                    throw new IOException("No space left on device");
                }
                real.write(bytes, length, position);
            }

            @Override
            public void force() throws IOException {
                real.force();
            }

            @Override
            public void truncate(long size) throws IOException {
                real.truncate(size);
            }

            @Override
            public void close() throws IOException {
                real.close();
            }
        };
    }
}
