package dev.ashiatsu.recorder;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordersTest {

    @TempDir
    Path data;

    @Test
    void aSessionsDirectoryThatCannotBeMadeIsAFaultNotAFailureToStart() throws Exception {
        Files.writeString(data.resolve("sessions"), "a file where the directory should be");
        try (Recording recording = Recorders.open(data, null)) {
            SimulatedSession sim = new SimulatedSession();
            recording.begin(sim.info(1_763_776_800_000L));
            recording.frame(Frame.ofRaw(0, new double[sim.table.channelCount()]), null);
            Await.until(() -> recording.fault() != null, "the recorder's fault");
            assertNotNull(recording.fault(), "the recorder reports it cannot write");
            assertTrue(recording.fault().contains("cannot write"), recording.fault());
        }
    }
}
