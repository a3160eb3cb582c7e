package dev.ashiatsu.bridge.protocol;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.Input;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input lines ({@code I,<seq>,<micros>,<input>,<state>}) and the hello's {@code inputs=} token. */
class InputLinesTest {

    private static final long[] COUNTS = {1, 2, 3, 4, 5, 6};

    /** Everything the decoder reports, in one list, in order: "frame 12.5", "input ACKNOWLEDGE 1 13.0", ... */
    private final List<String> seen = new ArrayList<>();
    private final List<Hello> hellos = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<Integer> inputGaps = new ArrayList<>();
    private final ProtocolDecoder decoder = new ProtocolDecoder(6, 80, new DecoderListener() {
        @Override
        public void frame(Frame frame) {
            seen.add("frame " + frame.tMs());
        }

        @Override
        public void input(InputLine line, double tMs) {
            seen.add("input " + line.input() + " " + (line.pressed() ? 1 : 0) + " " + tMs);
        }

        @Override
        public void hello(Hello hello) {
            hellos.add(hello);
        }

        @Override
        public void rejected(Rejection reason, String line) {
            rejections.add(reason);
        }

        @Override
        public void inputGap(int missing) {
            inputGaps.add(missing);
        }
    });

    private void feed(String text) {
        byte[] bytes = text.getBytes(ISO_8859_1);
        decoder.feed(bytes, 0, bytes.length);
    }

    private void feedAt(String text, double receivedMs) {
        byte[] bytes = text.getBytes(ISO_8859_1);
        decoder.feed(bytes, 0, bytes.length, receivedMs);
    }

    @Test
    void decodesTheDocumentedExamples() {
        feed("H,1,fw-0.3.0 inputs=ACK+STOP,6,80*4C4D\n"
                + "I,0,1240000,STOP,1*B9F0\n"
                + "I,1,1480000,STOP,0*98E2\n");

        assertEquals(List.of(new Hello(1, "fw-0.3.0", 6, 80, List.of(Input.ACKNOWLEDGE, Input.CLIENT_STOP))), hellos);
        assertEquals(List.of("input CLIENT_STOP 1 1240.0", "input CLIENT_STOP 0 1480.0"), seen);
        assertEquals(0, decoder.counters().linesRejected());
        assertEquals(2, decoder.counters().inputs());
    }

    @Test
    void encodesWhatItDecodes() {
        assertEquals("H,1,fw-0.3.0 inputs=ACK+STOP,6,80*4C4D\n",
                LineEncoder.hello("fw-0.3.0", 6, 80, List.of(Input.ACKNOWLEDGE, Input.CLIENT_STOP)));
        assertEquals("I,0,1240000,STOP,1*B9F0\n", LineEncoder.input(0, 1_240_000, Input.CLIENT_STOP, true));
        assertEquals("H,1,fw,6,80" + LineEncoder.hello("fw", 6, 80).substring(11),
                LineEncoder.hello("fw", 6, 80, List.of()));
    }

    /**
     * A bridge from before input lines accepts a hello of exactly four fields after {@code H} (version 1, whole
     * channel count, numeric rate) and rejects any other: the announcement must keep that shape.
     */
    @Test
    void theAnnouncingHelloKeepsTheShapeAnOldBridgeAccepts() {
        String line = LineEncoder.hello("fw-0.3.0", 8, 80, List.of(Input.ACKNOWLEDGE, Input.CLIENT_STOP));
        String[] fields = line.substring(0, line.indexOf('*')).split(",", -1);
        assertEquals(5, fields.length, line);
        assertEquals(List.of("H", "1", "fw-0.3.0 inputs=ACK+STOP", "8", "80"), List.of(fields));
    }

    @Test
    void readsAHelloWithoutTheTokenAsNoInputsAndLeavesUnknownCodesOut() {
        feed(LineEncoder.hello("fw-0.2.0", 6, 80) + LineEncoder.hello("fw-9 beta inputs=FOOT+ACK", 6, 80));

        assertEquals(List.of(new Hello(1, "fw-0.2.0", 6, 80, List.of()),
                new Hello(1, "fw-9 beta", 6, 80, List.of(Input.ACKNOWLEDGE))), hellos);
        assertEquals(0, decoder.counters().linesRejected());
    }

    @Test
    void timesAPressBetweenItsFramesOnTheDeviceClockWithoutMovingIt() {
        feed(LineEncoder.data(1, 1_000_000, COUNTS) + LineEncoder.input(0, 1_005_000, Input.ACKNOWLEDGE, true)
                + LineEncoder.input(1, 990_000, Input.ACKNOWLEDGE, false) + LineEncoder.data(2, 1_012_500, COUNTS));

        assertEquals(List.of("frame 1000.0", "input ACKNOWLEDGE 1 1005.0", "input ACKNOWLEDGE 0 1000.0",
                "frame 1012.5"), seen, "never before the last frame");
        assertEquals(0, decoder.counters().seqGaps(), "input lines do not use the data sequence");
    }

    @Test
    void timesAPressByItsHostReceiveTimeNeverBeforeTheLastFrame() {
        feedAt(LineEncoder.data(1, 1_000_000, COUNTS), 5_000);
        feedAt(LineEncoder.input(0, 1_005_000, Input.CLIENT_STOP, true), 5_020);
        feedAt(LineEncoder.data(2, 1_012_500, COUNTS), 5_030);
        feedAt(LineEncoder.input(1, 1_020_000, Input.CLIENT_STOP, false), 5_010);

        assertEquals(List.of("frame 5000.0", "input CLIENT_STOP 1 5020.0", "frame 5030.0", "input CLIENT_STOP 0 5030.0"),
                seen);
    }

    @Test
    void countsAJumpInTheInputSequenceButNotTheRestartAfterAReset() {
        feed(LineEncoder.input(65534, 1_000, Input.ACKNOWLEDGE, true) + LineEncoder.input(65535, 2_000, Input.ACKNOWLEDGE, false)
                + LineEncoder.input(0, 3_000, Input.ACKNOWLEDGE, true) + LineEncoder.input(3, 4_000, Input.ACKNOWLEDGE, false)
                + LineEncoder.data(1, 5_000, COUNTS) + LineEncoder.hello("fw", 6, 80)
                + LineEncoder.input(0, 100, Input.CLIENT_STOP, true));

        assertEquals(List.of(2), inputGaps);
        assertEquals(1, decoder.counters().inputGaps());
        assertEquals(1, decoder.counters().resets());
        assertEquals(5, decoder.counters().inputs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I,1,1000,ACK", "I,1,1000,ACK,1,2", "I,1,1000,FOOT,1", "I,1,1000,ack,1", "I,1,1000,ACK,2",
            "I,65536,1000,ACK,1", "I,1,4294967296,ACK,1", "I,x,1000,ACK,1", "I,1,,ACK,1", "I"})
    void rejectsAMalformedInputLine(String body) {
        feed(LineEncoder.seal(body));
        assertEquals(1, decoder.counters().linesRejected());
        assertTrue(seen.isEmpty(), seen.toString());
        assertEquals(body.equals("I") ? Rejection.UNKNOWN_TYPE : Rejection.BAD_INPUT, rejections.get(0));
    }
}
