package dev.ashiatsu.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.CollectingSink;
import dev.ashiatsu.testing.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorSourceTest {

    private static final String SHORT = """
            name: short
            table:
              name: t
              lengthCm: 185
              widthCm: 70
              sampleRateHz: 20
              cells:
                - {id: T1, role: table, xCm: 5, yCm: 5, offset: 1000, countsPerKg: 20000}
                - {id: T2, role: table, xCm: 180, yCm: 35, offset: -500, countsPerKg: -20000}
                - {id: B1, role: bar, offset: 0, countsPerKg: 20000}
            client: {id: c, heightCm: 170, crownXcm: 8, maxAppliedKg: 40, weightKg: 65}
            practitioner: {id: p, weightKg: 70}
            durationS: 2
            timeline:
              - {do: clientOn, duration: 1}
            """;

    @TempDir
    Path dir;

    @Test
    void loopingRestartsTheScenarioAndKeepsFrameTimeMonotonic() throws Exception {
        Path file = dir.resolve("short.yaml");
        Files.writeString(file, SHORT);
        CollectingSink sink = new CollectingSink();
        try (SimulatorSource source = SimulatorSource.open(file.toString(), 1, true, Pacer.unpaced())) {
            assertEquals("c", source.client().id());
            assertEquals("p", source.practitioner().id());
            assertEquals(3, source.table().channelCount());
            source.start(sink);
            Await.until(() -> sink.frames.size() >= 130, "three rounds of 40 frames");
            assertEquals(20, source.health().sampleRateHz(), 1.5, "the measured rate, on the frames' clock");
            assertEquals("sim:" + file, source.description());
        }
        double last = -1;
        for (Frame frame : sink.frames) {
            assertTrue(frame.tMs() > last, "frame time goes forward: " + frame.tMs() + " after " + last);
            assertTrue(!frame.inKg(), "raw counts with the real calibration");
            last = frame.tMs();
        }
        Frame second = sink.frames.get(45);
        assertTrue(second.tMs() > 2000 && second.tMs() < 2400, "the second round follows the first: " + second.tMs());
        assertTrue(!java.util.Arrays.equals(sink.frames.get(5).values(), sink.frames.get(45).values()),
                "the second round has fresh noise (the next seed)");
        assertEquals(1000, sink.frames.get(0).values()[0], 2000, "an empty table reads its offset, give or take noise");
    }

    @Test
    void realTimePacingNeverRunsAheadOfTheClock() throws Exception {
        ManualClock clock = new ManualClock();
        CollectingSink sink = new CollectingSink();
        try (SimulatorSource source = SimulatorSource.open("demo", 1, false, clock)) {
            source.start(sink);
            Await.until(() -> sink.frames.size() >= 1, "the first frame");
            double first = sink.frames.get(0).tMs();
            clock.advanceMs(500);
            Await.until(() -> sink.frames.size() >= 40, "half a second of frames at 80 Hz");
            assertTrue(sink.frames.get(sink.frames.size() - 1).tMs() <= first + 501, "nothing from the clock's future");
            clock.advanceMs(500);
            Await.until(() -> sink.frames.get(sink.frames.size() - 1).tMs() >= first + 990, "the next half second");
            assertTrue(source.health().counters().framesRead() >= 79);
            assertEquals("running", source.health().state());
        }
        assertTrue(sink.frames.size() <= 82, "no frame went out before its time: " + sink.frames.size());
    }
}
