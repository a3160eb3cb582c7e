package dev.ashiatsu.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.protocol.ProtocolCounters;
import dev.ashiatsu.bridge.serial.SerialFrameSource;
import dev.ashiatsu.bridge.serial.SerialOptions;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.CollectingSink;
import dev.ashiatsu.bridge.testing.Tables;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.Monitor;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmListener;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real sketch, built with arduino-builder for an Uno (and a Nano), on simavr's ATmega328P at 16 MHz
 * with 8 simulated HX711 chips at 80 Hz (firmware/avr-test/uno_rig.c), read by the Java bridge through
 * jSerialComm on the rig's pseudo-terminal. The simulation runs in real time: about 90 s for the whole class.
 */
class EmulatedUnoTest {

    private static final int CHANNELS = 8;
    private static final TableConfig TABLE = Tables.withChannels(CHANNELS, 80);
    private static final String UNO = "arduino:avr:uno";
    private static final String NANO = "arduino:avr:nano:cpu=atmega328";
    private static final int ACK_PIN = 14;
    private static final int STOP_PIN = 15;

    @TempDir
    Path dir;

    /**
     * 61 simulated seconds of the longest lines the protocol allows for 8 channels: -8388608 (and noise just
     * above it) on every channel, a 5-digit sequence number and a 10-digit clock (set by writing the
     * firmware's counters in memory, as after 17 minutes of running), 96 bytes a line at 80 Hz.
     */
    @Test
    void deliversEveryConversionOfEightChannelsAt80HzWithTheLongestLines() throws Exception {
        AvrToolchain.Firmware firmware = AvrToolchain.sketch(UNO, CHANNELS);
        Path capture = dir.resolve("capture.txt");
        CollectingSink sink = new CollectingSink();
        try (UnoRig rig = UnoRig.launch(firmware, CHANNELS, 80);
             SerialFrameSource source = new SerialFrameSource(rig.pty().toString(), 115200, TABLE,
                     SerialOptions.defaults().withCapture(capture))) {
            source.start(sink);
            Await.until(Duration.ofSeconds(10), () -> "running".equals(source.health().state()), () -> "the port open: " + source.health());
            rig.command("noise 3").command("all -8388608");
            rig.poke(0.001, firmware, "sequence", 2, 9990);
            rig.poke(0.001, firmware, "timer0_overflow_count", 4, 1_000_000_000L / 1024 + 1);
            rig.at(61.0, "mark done").at(61.5, "end");
            rig.start();

            UnoRig.Mark done = rig.awaitMark("done", Duration.ofSeconds(300));
            long conversions = done.chips()[0].reads();
            Await.until(Duration.ofSeconds(10), () -> sink.frames.size() >= conversions - 1,
                    () -> sink.frames.size() + " frames for " + conversions + " conversions read by the MCU");
            rig.awaitEnd(Duration.ofSeconds(30));

            assertTrue(conversions >= 61 * 80 - 10, "the chips converted at 80 Hz: " + conversions);
            for (UnoRig.Chip chip : done.chips()) {
                assertEquals(0, chip.missed(), "conversions never read: " + chip);
                assertEquals(0, chip.clashes(), "conversions ending during a read-out: " + chip);
                assertEquals(0, chip.badClock(), "read-outs of more than 27 clock pulses: " + chip);
                assertEquals(0, chip.powerDowns(), "chips powered down by a long clock pulse: " + chip);
                assertTrue(chip.conversions() - chip.reads() <= 1, "every conversion read: " + chip);
            }
            assertTrue(done.sckHighNs() < 50_000, "PD_SCK high at most 50 us, was " + done.sckHighNs() + " ns");
            assertEquals(0, done.bytesLost(), "bytes the pty could not take");

            ProtocolCounters counters = source.protocolCounters();
            assertEquals(0, counters.crcErrors(), "CRC errors");
            assertEquals(0, counters.linesRejected(), "rejected lines: " + counters.rejectedByReason());
            assertEquals(0, counters.seqGaps(), "sequence gaps");
            assertEquals(0, counters.resets(), "resets");
            List<String> lines = capturedLines(capture);
            assertFalse(lines.stream().anyMatch(line -> line.startsWith("E,OVERRUN")), "no frame dropped");
            assertFalse(lines.stream().anyMatch(line -> line.startsWith("E,TIMEOUT")), "no chip late, even at boot");
            assertTrue(lines.stream().anyMatch(line -> line.length() == 95
                            && line.matches("D,\\d{5},\\d{10}(,-838860[5-8]){8}\\*[0-9A-F]{4}")),
                    "the longest lines were sent (95 bytes and LF)");
            for (Frame frame : sink.frames) {
                for (double value : frame.values()) {
                    assertTrue(value >= -8388608 && value <= -8388605, "a count read wrong: " + value);
                }
            }
        }
    }

    /**
     * Realistic loads with noise; the acknowledge button (A0) pressed at 1 s, the client-stop button (A1) at
     * 2 s, each bouncing; chip 3 unplugged for 2 s, then plugged back; the MCU reset, and acknowledge pressed
     * again after it; then the host reopens the port and asks "?", and the device (not reset) answers with its
     * hello.
     */
    @Test
    void reportsAnUnpluggedChipAsASensorFaultCountsAResetOnceAndAnswersTheQuery() throws Exception {
        AvrToolchain.Firmware firmware = AvrToolchain.sketch(UNO, CHANNELS);
        CollectingSink sink = new CollectingSink();
        List<AlarmEvent> raised = new CopyOnWriteArrayList<>();
        List<AlarmEvent> cleared = new CopyOnWriteArrayList<>();
        Monitor monitor = new Monitor(TABLE, new ClientProfile("c", "Client", 175, 5, 60.0, null, Map.of(), ""),
                new PractitionerProfile("p", "Practitioner", 70.0), new AlarmListener() {
                    @Override
                    public void raised(AlarmEvent alarm) {
                        raised.add(alarm);
                    }

                    @Override
                    public void cleared(AlarmEvent alarm) {
                        cleared.add(alarm);
                    }
                });
        MonitoringSink monitored = new MonitoringSink(sink, monitor);
        Path capture = dir.resolve("capture.txt");
        try (UnoRig rig = UnoRig.launch(firmware, CHANNELS, 80)) {
            try (SerialFrameSource source = new SerialFrameSource(rig.pty().toString(), 115200, TABLE,
                    SerialOptions.defaults().withCapture(capture))) {
                source.start(monitored);
                Await.until(Duration.ofSeconds(10), () -> "running".equals(source.health().state()), () -> "the port open: " + source.health());
                rig.command("noise 40").command("all 20000");
                for (int channel = 5; channel <= CHANNELS; channel++) {
                    rig.command("value " + channel + " 1000");
                }
                rig.press(1.0, ACK_PIN, 0.2).press(2.0, STOP_PIN, 0.4);
                rig.at(3.0, "unplug 3").at(5.0, "plug 3").at(8.0, "mark reset").at(8.0, "reset");
                rig.press(9.0, ACK_PIN, 0.1).at(9.5, "mark resumed");
                rig.start();

                rig.awaitMark("reset", Duration.ofSeconds(60));
                int framesAtReset = sink.frames.size();
                rig.awaitMark("resumed", Duration.ofSeconds(60));
                Await.until(Duration.ofSeconds(10), () -> sink.frames.size() >= framesAtReset + 80,
                        () -> "frames after the reset: " + (sink.frames.size() - framesAtReset));

                assertEquals(1, source.protocolCounters().resets(), "the reset counted once");
                assertEquals(1, sink.events.stream().filter(event -> event.contains("device reset detected")).count(),
                        sink.events.toString());
                assertEquals(0, source.protocolCounters().linesRejected(), source.protocolCounters().toString());
                assertEquals(List.of(Input.ACKNOWLEDGE, Input.CLIENT_STOP, Input.ACKNOWLEDGE),
                        sink.inputs.stream().map(InputEvent::input).toList(), "one event per bouncing press");
                assertEquals(6, source.protocolCounters().inputs(), "three presses and three releases");
                assertEquals(0, source.protocolCounters().inputGaps(), "no input line lost, none counted across the reset");
                assertTrue(sink.inputs.get(0).tMs() < sink.inputs.get(1).tMs()
                        && sink.inputs.get(1).tMs() < sink.inputs.get(2).tMs(), "in order: " + sink.inputs);
            }
            List<String> lines = capturedLines(capture);
            List<String> timeouts = lines.stream().filter(line -> line.startsWith("E,TIMEOUT")).toList();
            assertFalse(timeouts.isEmpty(), "E,TIMEOUT while chip 3 is out");
            assertTrue(timeouts.size() <= 3, "at most once a second over the 2 s chip 3 is out: " + timeouts);
            assertTrue(timeouts.stream().allMatch(line -> line.startsWith("E,TIMEOUT,channels not ready: 3*")),
                    timeouts.toString());
            assertTrue(sink.frames.stream().anyMatch(frame -> Double.isNaN(frame.values()[2])), "chip 3's empty values");
            List<AlarmEvent> faults = raised.stream().filter(alarm -> alarm.type() == AlarmType.SENSOR_FAULT).toList();
            assertEquals(1, faults.size(), "one sensor fault: " + raised);
            assertEquals("T3", faults.get(0).channel());
            assertEquals("stale", faults.get(0).detail());
            assertTrue(cleared.stream().anyMatch(alarm -> alarm.id() == faults.get(0).id()),
                    "the fault ends once chip 3 is back: " + cleared);
            for (Frame frame : sink.frames) {
                assertEquals(20.0, frame.values()[0] / 1000, 0.05, "T1 read right");
            }

            Path reopened = dir.resolve("reopened.txt");
            CollectingSink again = new CollectingSink();
            try (SerialFrameSource source = new SerialFrameSource(rig.pty().toString(), 115200, TABLE,
                    SerialOptions.defaults().withCapture(reopened))) {
                source.start(again);
                Await.until(Duration.ofSeconds(10), () -> source.protocolCounters().hellos() >= 1 && again.frames.size() >= 10,
                        () -> "a hello and frames after reopening: " + source.protocolCounters());
                assertEquals(0, source.protocolCounters().resets(), "no reset: the hello answered the query");
            }
            rig.command("end");
            rig.awaitEnd(Duration.ofSeconds(30));
            assertTrue(capturedLines(reopened).stream().anyMatch(line -> line.startsWith("H,1,fw-0.3.0 inputs=ACK+STOP,8,80*")),
                    "the hello, in answer to ?");
            assertFalse(capturedLines(reopened).stream().anyMatch(line -> line.startsWith("E,BOOT")), "no boot");
        }
    }

    /**
     * A link too slow for the stream (the sketch built for 57600 baud: worst-case lines need 76,800 bit/s):
     * lines are dropped whole, never cut, and every dropped frame is counted in the E,OVERRUN before the
     * next line sent.
     */
    @Test
    void dropsWholeLinesALinkTooSlowCannotCarryAndCountsEachOne() throws Exception {
        AvrToolchain.Firmware firmware = AvrToolchain.sketch(UNO, CHANNELS, "ASHIATSU_BAUD=57600");
        Path capture = dir.resolve("capture.txt");
        CollectingSink sink = new CollectingSink();
        ProtocolCounters counters;
        try (UnoRig rig = UnoRig.launch(firmware, CHANNELS, 80);
             SerialFrameSource source = new SerialFrameSource(rig.pty().toString(), 57600, TABLE,
                     SerialOptions.defaults().withCapture(capture))) {
            source.start(sink);
            Await.until(Duration.ofSeconds(10), () -> "running".equals(source.health().state()),
                    () -> "the port open: " + source.health());
            rig.command("noise 3").command("all -8388608");
            rig.poke(0.001, firmware, "sequence", 2, 9990);
            rig.poke(0.001, firmware, "timer0_overflow_count", 4, 1_000_000_000L / 1024 + 1);
            rig.at(6.0, "end");
            rig.start();
            rig.awaitEnd(Duration.ofSeconds(60));
            Await.until(Duration.ofSeconds(10), () -> source.protocolCounters().seqGaps() >= 10,
                    () -> "gaps counted: " + source.protocolCounters());
            counters = source.protocolCounters();
        }
        // An overrun is judged by the data line after it: one announced as the run ended has none, and is left out.
        int overruns = 0;
        int dropped = 0;
        int announced = 0;
        int lastSeq = -1;
        for (String line : capturedLines(capture)) {
            if (line.startsWith("E,OVERRUN,")) {
                announced = Integer.parseInt(line.substring("E,OVERRUN,".length(), line.indexOf(" frames dropped")));
            } else if (line.startsWith("D,")) {
                int seq = Integer.parseInt(line.substring(2, line.indexOf(',', 2)));
                if (lastSeq >= 0) {
                    assertEquals(announced, seq - lastSeq - 1, "frames dropped before seq " + seq + ", as announced");
                    dropped += announced;
                    overruns += announced > 0 ? 1 : 0;
                }
                announced = 0;
                lastSeq = seq;
            }
        }
        assertTrue(overruns >= 10 && dropped >= overruns, overruns + " overruns, " + dropped + " frames dropped");
        assertEquals(0, counters.linesRejected(), "no line cut: " + counters);
        assertTrue(sink.frames.size() > 4 * 60, "the lines that fit still arrive: " + sink.frames.size());
    }

    @Test
    void runsOnANanoToo() throws Exception {
        AvrToolchain.Firmware firmware = AvrToolchain.sketch(NANO, CHANNELS);
        CollectingSink sink = new CollectingSink();
        try (UnoRig rig = UnoRig.launch(firmware, CHANNELS, 80);
             SerialFrameSource source = new SerialFrameSource(rig.pty().toString(), 115200, TABLE,
                     SerialOptions.defaults())) {
            source.start(sink);
            Await.until(Duration.ofSeconds(10), () -> "running".equals(source.health().state()), () -> "the port open: " + source.health());
            rig.command("noise 3").command("all -8388608").at(5.0, "mark done").at(5.5, "end");
            rig.start();
            UnoRig.Mark done = rig.awaitMark("done", Duration.ofSeconds(60));
            Await.until(Duration.ofSeconds(10), () -> sink.frames.size() >= done.chips()[0].reads() - 1,
                    () -> sink.frames.size() + " frames for " + done.chips()[0].reads() + " conversions");
            assertTrue(sink.hasEventContaining("device firmware fw-0.3.0, 8 channels at 80.0 Hz, buttons ACKNOWLEDGE and CLIENT_STOP"), sink.events.toString());
            assertEquals(0, source.protocolCounters().seqGaps());
            assertEquals(0, source.protocolCounters().linesRejected());
        }
    }

    /** The lines of a capture file without their receive-time prefixes. */
    private static List<String> capturedLines(Path capture) throws IOException {
        return Files.readAllLines(capture, StandardCharsets.ISO_8859_1).stream()
                .map(line -> line.startsWith("@") ? line.substring(line.indexOf(' ') + 1) : line)
                .toList();
    }
}
