package dev.ashiatsu.bridge.serial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.capture.CaptureFrameReader;
import dev.ashiatsu.bridge.protocol.LineEncoder;
import dev.ashiatsu.bridge.protocol.Rejection;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.CollectingSink;
import dev.ashiatsu.bridge.testing.FakeDevice;
import dev.ashiatsu.bridge.testing.PtyPair;
import dev.ashiatsu.bridge.testing.Tables;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.source.SourceHealth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serial source end to end: protocol lines written into one end of a real pty pair, frames out of the other. */
class SerialFrameSourcePtyTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final TableConfig TABLE = Tables.withChannels(6, 80);
    private static final String HELLO = LineEncoder.hello("fw-test", 6, 80);

    @TempDir
    Path dir;

    private PtyPair pty;
    private FakeDevice device;
    private SerialFrameSource source;
    private final CollectingSink sink = new CollectingSink();

    @BeforeEach
    void startPty() throws Exception {
        pty = PtyPair.start(dir);
    }

    @AfterEach
    void stopAll() throws Exception {
        if (source != null) {
            source.close();
        }
        if (device != null) {
            device.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    private SerialOptions fastRetry() {
        return SerialOptions.defaults().withRetry(Duration.ofMillis(50), Duration.ofMillis(200));
    }

    private void startSourceAndDevice(SerialOptions options, String hello) throws Exception {
        device = new FakeDevice(pty.deviceEnd(), hello);
        source = new SerialFrameSource(pty.hostEnd().toString(), 115200, TABLE, options);
        source.start(sink);
        Await.until(WAIT, () -> device.queries() >= 1, () -> "the source's ? query");
    }

    private static long[] counts(int frame) {
        return new long[] {1000 + frame, -2000 - frame, 3000, frame % 5 == 0 ? LineEncoder.MISSING : 4000, 8388607, -8388608};
    }

    private void sendFrames(int fromSeq, int count) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int seq = fromSeq; seq < fromSeq + count; seq++) {
            lines.append(LineEncoder.data(seq, seq * 12_500L, counts(seq)));
        }
        device.send(lines.toString());
    }

    @Test
    void deliversFramesWithTheirCountsOnAMonotonicHostClock() throws Exception {
        startSourceAndDevice(fastRetry(), HELLO);
        sendFrames(0, 50);

        Await.until(WAIT, () -> sink.frames.size() >= 50, () -> "50 frames, got " + sink.frames.size());
        for (int i = 0; i < 50; i++) {
            Frame frame = sink.frames.get(i);
            double[] expected = java.util.Arrays.stream(counts(i))
                    .mapToDouble(c -> c == LineEncoder.MISSING ? Double.NaN : c).toArray();
            assertArrayEquals(expected, frame.values(), "frame " + i);
            assertTrue(i == 0 || frame.tMs() >= sink.frames.get(i - 1).tMs(), "time of frame " + i);
        }
        SourceHealth health = source.health();
        assertEquals("running", health.state());
        assertEquals(new InputCounters(50, 0, 0, 0, 0), health.counters());
        assertTrue(sink.hasEventContaining("device firmware fw-test, 6 channels at 80.0 Hz, no buttons announced"),
                "a hello of firmware before buttons: " + sink.events);
        assertEquals("serial:" + pty.hostEnd() + "@115200", source.description());
    }

    @Test
    void deliversEachPressInOrderWithTheFramesAndNotTheReleases() throws Exception {
        startSourceAndDevice(fastRetry(), LineEncoder.hello("fw-buttons", 6, 80, List.of(Input.ACKNOWLEDGE, Input.CLIENT_STOP)));
        device.send(LineEncoder.data(0, 0, counts(0)) + LineEncoder.input(0, 5_000, Input.CLIENT_STOP, true)
                + LineEncoder.data(1, 12_500, counts(1)) + LineEncoder.input(1, 20_000, Input.CLIENT_STOP, false)
                + LineEncoder.data(2, 25_000, counts(2)) + LineEncoder.input(2, 30_000, Input.ACKNOWLEDGE, true)
                + LineEncoder.input(3, 31_000, Input.ACKNOWLEDGE, false) + LineEncoder.data(3, 37_500, counts(3)));

        Await.until(WAIT, () -> sink.frames.size() >= 4, () -> "4 frames, got " + sink.frames.size());
        assertEquals(List.of(Input.CLIENT_STOP, Input.ACKNOWLEDGE), sink.inputs.stream().map(InputEvent::input).toList());
        assertTrue(sink.inputs.get(0).tMs() >= sink.frames.get(0).tMs() && sink.inputs.get(0).tMs() <= sink.frames.get(1).tMs(),
                "the stop between frames 0 and 1 on the host clock: " + sink.inputs + " " + sink.frames);
        assertTrue(sink.inputs.get(1).tMs() >= sink.frames.get(2).tMs() && sink.inputs.get(1).tMs() <= sink.frames.get(3).tMs(),
                "the acknowledge between frames 2 and 3: " + sink.inputs + " " + sink.frames);
        assertTrue(sink.hasEventContaining("device firmware fw-buttons, 6 channels at 80.0 Hz, buttons ACKNOWLEDGE and CLIENT_STOP"),
                sink.events.toString());
        assertEquals(4, source.protocolCounters().inputs());
        assertEquals(0, source.protocolCounters().linesRejected());
    }

    @Test
    void reportsAnInputLineLostOnTheWire() throws Exception {
        startSourceAndDevice(fastRetry(), HELLO);
        device.send(LineEncoder.input(0, 5_000, Input.CLIENT_STOP, true)
                + LineEncoder.input(1, 20_000, Input.CLIENT_STOP, false).replace("STOP", "STOQ")
                + LineEncoder.input(2, 30_000, Input.CLIENT_STOP, true) + LineEncoder.data(0, 40_000, counts(0)));

        Await.until(WAIT, () -> sink.frames.size() >= 1, () -> "a frame");
        assertEquals(2, sink.inputs.size(), sink.inputs.toString());
        assertTrue(sink.hasEventContaining("input lines lost on the wire (1 missing)"), sink.events.toString());
        assertEquals(1, source.protocolCounters().crcErrors());
    }

    @Test
    void countsAndSkipsCorruptedLinesWhileFramesKeepFlowing() throws Exception {
        startSourceAndDevice(fastRetry(), HELLO);
        device.send(LineEncoder.data(0, 0, counts(0))
                + LineEncoder.data(1, 12_500, counts(1)).replace("*", "*0").substring(0, 40) + "*BEEF\n"
                + "\u0000\u00ff~~garbage~~\n"
                + LineEncoder.data(2, 25_000, new long[] {1, 2, 3})
                + LineEncoder.data(3, 37_500, counts(3)));

        Await.until(WAIT, () -> source.health().counters().linesRejected() >= 3 && sink.frames.size() >= 2,
                () -> "2 frames and 3 rejections, health " + source.health());
        assertEquals(new InputCounters(2, 3, 1, 1, 0), source.health().counters());
        assertEquals(1, source.protocolCounters().rejected(Rejection.WRONG_VALUE_COUNT));
        assertEquals(1, source.protocolCounters().rejected(Rejection.NO_CHECKSUM));
        assertEquals(2, sink.frames.size());
    }

    @Test
    void reopensThePortWhenItVanishesAndFramesFlowAgain() throws Exception {
        startSourceAndDevice(fastRetry(), HELLO);
        sendFrames(0, 10);
        Await.until(WAIT, () -> sink.frames.size() >= 10, () -> "10 frames before the pty goes");

        device.close();
        pty.kill();
        Await.until(WAIT, () -> source.health().state().equals("reconnecting"), () -> "state reconnecting");
        Await.until(WAIT, () -> sink.hasEventContaining("reopening"), () -> "a lost-port event in " + sink.events);

        pty.restart();
        device = new FakeDevice(pty.deviceEnd(), HELLO);
        Await.until(WAIT, () -> device.queries() >= 1, () -> "the ? query after reopening");
        sendFrames(10, 10);

        Await.until(WAIT, () -> sink.frames.size() >= 20, () -> "20 frames, got " + sink.frames.size());
        assertEquals("running", source.health().state());
        assertTrue(sink.hasEventContaining("reopened"), sink.events.toString());
        assertEquals(new InputCounters(20, 0, 0, 0, 0), source.health().counters());
        assertTrue(sink.frames.get(10).tMs() >= sink.frames.get(9).tMs());
    }

    @Test
    void reportsADeviceWhoseChannelCountDiffersFromTheTable() throws Exception {
        startSourceAndDevice(fastRetry(), LineEncoder.hello("fw-8", 8, 80));

        Await.until(WAIT, () -> sink.hasEventContaining("device reports 8 channels"),
                () -> "a channel-count event in " + sink.events);
        String error = source.health().lastError();
        assertTrue(error.contains("device reports 8 channels") && error.contains("'test table' has 6"), error);
    }

    @Test
    void writesACaptureThatReadsBackAsTheSameFrames() throws Exception {
        Path captureFile = dir.resolve("captures/session.log");
        startSourceAndDevice(fastRetry().withCapture(captureFile), HELLO);
        sendFrames(0, 30);
        device.send("noise\n");
        Await.until(WAIT, () -> sink.frames.size() >= 30 && source.health().counters().linesRejected() >= 1,
                () -> "30 frames and the noise line");
        source.close();

        List<String> lines = Files.readAllLines(captureFile);
        assertEquals(32, lines.size(), "hello, 30 data lines and the noise");
        assertTrue(lines.stream().allMatch(line -> line.matches("@\\d{13} .*")), lines.get(0));
        List<Frame> replayed = new ArrayList<>();
        try (CaptureFrameReader reader = new CaptureFrameReader(captureFile, TABLE)) {
            for (Frame frame = reader.next(); frame != null; frame = reader.next()) {
                replayed.add(frame);
            }
            assertEquals(new InputCounters(30, 1, 0, 0, 0), reader.counters());
        }
        for (int i = 0; i < 30; i++) {
            assertArrayEquals(sink.frames.get(i).values(), replayed.get(i).values(), "frame " + i);
        }
    }

    @Test
    void keepsRetryingAPortThatIsNotThereYetAndSaysWhy() throws Exception {
        source = new SerialFrameSource(dir.resolve("no-such-tty").toString(), 115200, TABLE, fastRetry());
        source.start(sink);

        Await.until(WAIT, () -> source.health().state().equals("reconnecting"), () -> "state reconnecting");
        assertTrue(source.health().lastError().contains("no-such-tty"), source.health().lastError());
        source.close();
        assertEquals("stopped", source.health().state());
    }
}
