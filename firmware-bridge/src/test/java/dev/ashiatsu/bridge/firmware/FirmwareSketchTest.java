package dev.ashiatsu.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.protocol.DeviceEvent;
import dev.ashiatsu.bridge.protocol.Hello;
import dev.ashiatsu.bridge.protocol.InputLine;
import dev.ashiatsu.bridge.protocol.ProtocolCounters;
import dev.ashiatsu.bridge.protocol.ProtocolDecoder;
import dev.ashiatsu.bridge.testing.RecordingListener;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.Input;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real sketch, compiled on the host against six simulated HX711 chips on a shared clock
 * (firmware/host-test/sketch_host_test.cpp holds the script), decoded by the Java bridge.
 */
class FirmwareSketchTest {

    private static final RecordingListener decoded = new RecordingListener();
    private static final List<Frame> frames = decoded.frames;
    private static final List<Hello> hellos = decoded.hellos;
    private static final List<DeviceEvent> events = decoded.events;
    private static ProtocolCounters counters;

    @BeforeAll
    static void runTheSketch() throws Exception {
        HostProgram sketch = HostProgram.compile("sketch_host_test", List.of("host-test/arduino", "ashiatsu_bridge"),
                "ashiatsu_bridge/protocol.cpp", "ashiatsu_bridge/line_queue.cpp", "host-test/sketch_host_test.cpp");
        byte[] stream = sketch.run("");
        ProtocolDecoder decoder = new ProtocolDecoder(6, 80, decoded);
        decoder.feed(stream, 0, stream.length);
        decoder.endOfInput();
        counters = decoder.counters();
    }

    @Test
    void bootsWithAnEventAndAHelloAndAnswersTheQuery() {
        assertEquals("BOOT", events.get(0).code());
        assertEquals(2, hellos.size(), "one at boot, one answering ?");
        assertEquals(new Hello(1, "fw-0.3.0", 6, 80, List.of(Input.ACKNOWLEDGE, Input.CLIENT_STOP)), hellos.get(0));
        assertEquals(0, counters.linesRejected());
    }

    /** Each bouncing press gives one press line and one release line; those made while the link stalled wait. */
    @Test
    void sendsEachDebouncedButtonChangeOnceEvenThroughAStalledLink() {
        assertEquals(List.of("0 ACKNOWLEDGE 1", "1 ACKNOWLEDGE 0", "2 CLIENT_STOP 1", "3 CLIENT_STOP 0"),
                decoded.inputs.stream().map(line -> line.seq() + " " + line.input() + " " + (line.pressed() ? 1 : 0)).toList());
        InputLine ackPress = decoded.inputs.get(0);
        InputLine ackRelease = decoded.inputs.get(1);
        assertTrue(ackPress.micros() >= 300_000 && ackPress.micros() <= 305_000, "the press began at 300 ms (after 4 ms of bounce): " + ackPress);
        assertTrue(ackRelease.micros() >= 500_000 && ackRelease.micros() <= 505_000, "the release at 500 ms (after 4 ms of bounce): " + ackRelease);
        long stopHeldUs = decoded.inputs.get(3).micros() - decoded.inputs.get(2).micros();
        assertTrue(stopHeldUs > 35_000 && stopHeldUs < 45_000, "the stop held 40 ms: " + stopHeldUs + " us");
        assertEquals(0, counters.inputGaps());
    }

    @Test
    void readsEveryChipsCountsIncludingTheEndsOfTheRange() {
        Frame first = frames.get(0);
        assertEquals(1000, first.values()[0]);
        assertEquals(-2000, first.values()[1]);
        assertEquals(8388607, first.values()[2]);
        assertEquals(-8388608, first.values()[3]);
        assertEquals(0, first.values()[4]);
        assertEquals(300000, first.values()[5]);
        for (Frame frame : frames) {
            double k = frame.values()[0] - 1000;
            assertEquals(-2000 - k, frame.values()[1], "chip 2 read in step with chip 1");
        }
    }

    @Test
    void sendsADeadChipAsEmptyValuesWithOneTimeoutEventWithoutSlowingTheOthers() {
        long empty = frames.stream().filter(frame -> Double.isNaN(frame.values()[5])).count();
        assertEquals(10, empty, "frames 60..69 without chip 6");
        assertEquals(List.of(new DeviceEvent("TIMEOUT", "channels not ready: 6")),
                events.stream().filter(e -> e.code().equals("TIMEOUT")).toList());
        int firstEmpty = indexOfFirstEmpty();
        double periodMs = frames.get(firstEmpty + 2).tMs() - frames.get(firstEmpty + 1).tMs();
        assertEquals(12.5, periodMs, 0.5, "the other chips keep their rate while chip 6 is dead");
    }

    @Test
    void sendsLinesLongerThanTheSerialRingWholeWithoutBlocking() {
        // 6 channels with values like -8388608: lines of ~75 bytes, more than the 63 bytes the ring can take.
        // (sketch_host_test exits 3 if any write would have blocked.)
        assertTrue(frames.stream().allMatch(frame -> frame.values()[3] == -8388608), "chip 4's longest value");
        assertEquals(0, counters.linesRejected(), "no line cut or mixed with another");
        for (int i = 1; i < 80; i++) {
            double periodMs = frames.get(i).tMs() - frames.get(i - 1).tMs();
            assertTrue(periodMs < 26, "no frame lost before frame " + i + " (the dead chip's wait is 25 ms)");
        }
    }

    @Test
    void dropsWholeLinesWhileTheLinkIsStalledAndSaysHowMany() {
        List<DeviceEvent> overruns = events.stream().filter(e -> e.code().equals("OVERRUN")).toList();
        assertEquals(1, overruns.size(), events.toString());
        int dropped = Integer.parseInt(overruns.get(0).text().replace(" frames dropped", ""));
        assertTrue(dropped > 0 && dropped <= 10, "at most the 10 stalled frames: " + dropped);
        assertEquals(120 - dropped, frames.size(), "every other frame arrived");
        assertEquals(1, counters.seqGaps());
        assertEquals(0, counters.linesRejected());
    }

    private static int indexOfFirstEmpty() {
        for (int i = 0; i < frames.size(); i++) {
            if (Double.isNaN(frames.get(i).values()[5])) {
                return i;
            }
        }
        return -1;
    }
}
