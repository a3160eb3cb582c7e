package dev.ashiatsu.bridge.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.protocol.LineEncoder;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.CollectingSink;
import dev.ashiatsu.testing.ManualClock;
import dev.ashiatsu.bridge.testing.Tables;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.core.source.FrameSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybackFrameSourceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final TableConfig TABLE = Tables.withChannels(6, 50);

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(1_000);
    private final CollectingSink sink = new CollectingSink();
    private FrameSource source;

    @AfterEach
    void close() {
        if (source != null) {
            source.close();
        }
    }

    private Path csv() throws Exception {
        return Files.writeString(dir.resolve("session.csv"), "# test\nt_ms,T1,T2,T3,T4,B5,B6\n"
                + "0,1,2,3,4,5,6\n" + "10,1.5,2,3,4,5,6\n" + "20,2,,3,4,5,6\n" + "500,3,2,3,4,5,6\n");
    }

    private void awaitSleepingUntil(double dueMs) {
        Await.until(WAIT, () -> clock.sleepingUntilMs() == dueMs,
                () -> "playback waiting for " + dueMs + " (is " + clock.sleepingUntilMs() + ")");
    }

    @Test
    void playsACsvInRealTimeOnTheClockKeepingTheFileSpacing() throws Exception {
        source = BridgeSources.playback(SourceSpec.parse("csv:" + csv()), TABLE, false, clock);
        source.start(sink);

        awaitSleepingUntil(1_010);
        assertEquals(1, sink.frames.size());
        assertEquals(1_000, sink.frames.get(0).tMs());
        clock.advanceToMs(1_010);
        awaitSleepingUntil(1_020);
        assertEquals(2, sink.frames.size());
        clock.advanceToMs(1_020);
        awaitSleepingUntil(1_500);
        assertEquals(3, sink.frames.size());
        assertTrue(Double.isNaN(sink.frames.get(2).values()[1]));
        clock.advanceToMs(1_600);
        Await.until(WAIT, () -> source.health().state().equals("stopped"), () -> "the end of the file");

        assertEquals(4, sink.frames.size());
        assertEquals(1_500, sink.frames.get(3).tMs());
        assertArrayEquals(new double[] {3, 2, 3, 4, 5, 6}, sink.frames.get(3).values());
        assertTrue(sink.frames.get(3).inKg());
        assertTrue(sink.hasEventContaining("end of file"), sink.events.toString());
        assertEquals(4, source.health().counters().framesRead());
    }

    @Test
    void loopsOneNominalPeriodAfterTheLastFrameAndAddsUpCounters() throws Exception {
        source = BridgeSources.playback(SourceSpec.parse("csv:" + csv()), TABLE, true, clock);
        source.start(sink);

        awaitSleepingUntil(1_010);
        clock.advanceToMs(1_500);
        awaitSleepingUntil(1_520);
        assertEquals(4, sink.frames.size());
        clock.advanceToMs(1_520);
        awaitSleepingUntil(1_530);
        assertEquals(1_520, sink.frames.get(4).tMs());
        assertEquals(5, source.health().counters().framesRead());
        assertTrue(sink.hasEventContaining("playing it again"));
    }

    @Test
    void playsACaptureWithItsRejectionCounters() throws Exception {
        Path capture = Files.writeString(dir.resolve("run.log"),
                "@1700000000000 " + LineEncoder.hello("fw", 6, 50)
                + "@1700000000020 " + LineEncoder.data(0, 0, new long[] {1, 2, 3, 4, 5, 6})
                + "@1700000000041 D,1,20000,1,2*FFFF\n"
                + "@1700000000060 " + LineEncoder.data(2, 40000, new long[] {7, 8, 9, 10, 11, 12}));
        source = BridgeSources.playback(SourceSpec.parse("capture:" + capture), TABLE, false, clock);
        source.start(sink);

        awaitSleepingUntil(1_040);
        clock.advanceToMs(1_040);
        Await.until(WAIT, () -> source.health().state().equals("stopped"), () -> "the end of the capture");

        assertEquals(2, sink.frames.size());
        assertEquals(1_040, sink.frames.get(1).tMs());
        assertEquals(new InputCounters(2, 1, 1, 1, 0), source.health().counters());
    }

    @Test
    void playsTheButtonPressesOfACsvInOrderWithTheFramesOnTheSameClock() throws Exception {
        Path csv = Files.writeString(dir.resolve("presses.csv"), "t_ms,T1,T2,T3,T4,B5,B6\n"
                + "0,1,2,3,4,5,6\n" + "#input,4,CLIENT_STOP\n" + "10,1,2,3,4,5,6\n" + "#input,15,ACKNOWLEDGE\n");
        source = BridgeSources.playback(SourceSpec.parse("csv:" + csv), TABLE, false, clock);
        source.start(sink);

        awaitSleepingUntil(1_010);
        assertEquals(List.of(), sink.inputs, "the stop waits for its time");
        clock.advanceToMs(1_010);
        awaitSleepingUntil(1_015);
        assertEquals(List.of(new InputEvent(1_004, Input.CLIENT_STOP)), sink.inputs);
        assertEquals(2, sink.frames.size());
        clock.advanceToMs(1_015);
        Await.until(WAIT, () -> source.health().state().equals("stopped"), () -> "the end of the file");
        assertEquals(List.of(new InputEvent(1_004, Input.CLIENT_STOP), new InputEvent(1_015, Input.ACKNOWLEDGE)), sink.inputs);
    }

    @Test
    void playsTheButtonPressesOfACaptureButNotTheReleases() throws Exception {
        Path capture = Files.writeString(dir.resolve("presses.log"),
                "@1700000000000 " + LineEncoder.hello("fw", 6, 50, List.of(Input.ACKNOWLEDGE, Input.CLIENT_STOP))
                + "@1700000000020 " + LineEncoder.data(0, 0, new long[] {1, 2, 3, 4, 5, 6})
                + "@1700000000030 " + LineEncoder.input(0, 9_000, Input.CLIENT_STOP, true)
                + "@1700000000035 " + LineEncoder.input(1, 14_000, Input.CLIENT_STOP, false)
                + "@1700000000040 " + LineEncoder.data(1, 20000, new long[] {7, 8, 9, 10, 11, 12}));
        source = BridgeSources.playback(SourceSpec.parse("capture:" + capture), TABLE, false, clock);
        source.start(sink);

        awaitSleepingUntil(1_020);
        clock.advanceToMs(1_020);
        Await.until(WAIT, () -> source.health().state().equals("stopped"), () -> "the end of the capture");
        assertEquals(List.of(new InputEvent(1_010, Input.CLIENT_STOP)), sink.inputs);
    }

    @Test
    void failsWithTheFileAndLineWhenACsvCannotBeReadOn() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "t_ms,T1,T2,T3,T4,B5,B6\n0,1,2,3,4,5,6\nten,1,2,3,4,5,6\n");
        source = BridgeSources.playback(SourceSpec.parse("csv:" + bad), TABLE, false, clock);
        source.start(sink);

        Await.until(WAIT, () -> source.health().state().equals("failed"), () -> "state failed");
        assertTrue(source.health().lastError().contains("bad.csv:3"), source.health().lastError());
        assertEquals(1, sink.frames.size());
    }

    @Test
    void refusesAMissingFileAndKindsItDoesNotMake() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> BridgeSources.open(SourceSpec.parse("capture:" + dir.resolve("none.log")), TABLE, null, false));
        assertTrue(missing.getMessage().contains("none.log"), missing.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BridgeSources.open(SourceSpec.parse("gpio:x.yaml"), TABLE, null, false));
    }

    @Test
    void stopsPromptlyWhenClosedWhileWaiting() throws Exception {
        source = BridgeSources.playback(SourceSpec.parse("csv:" + csv()), TABLE, true, clock);
        source.start(sink);
        awaitSleepingUntil(1_010);

        source.close();
        assertEquals("stopped", source.health().state());
        assertTrue(Double.isNaN(clock.sleepingUntilMs()), "the player thread no longer waits");
    }

    @Test
    void healthCountsTheFramesPlayedNotTheFramesDecodedAhead() throws Exception {
        StringBuilder capture = new StringBuilder(LineEncoder.hello("fw", 6, 50));
        for (int i = 0; i < 3000; i++) {
            capture.append(LineEncoder.data(i, i * 20_000L, new long[] {1, 2, 3, 4, 5, 6}));
        }
        Path file = Files.writeString(dir.resolve("long.log"), capture);
        source = BridgeSources.playback(SourceSpec.parse("capture:" + file), TABLE, false, clock);
        source.start(sink);

        awaitSleepingUntil(1_020);
        assertEquals(1, sink.frames.size());
        assertEquals(1, source.health().counters().framesRead(), "a capture reader decodes a whole buffer ahead");
    }
}
