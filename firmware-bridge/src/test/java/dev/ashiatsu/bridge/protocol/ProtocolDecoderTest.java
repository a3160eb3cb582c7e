package dev.ashiatsu.bridge.protocol;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.testing.RecordingListener;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProtocolDecoderTest {

    private static final double NaN = Double.NaN;

    private final RecordingListener seen = new RecordingListener();
    private final ProtocolDecoder decoder = new ProtocolDecoder(6, 80, seen);

    private void feed(String text) {
        byte[] bytes = text.getBytes(ISO_8859_1);
        decoder.feed(bytes, 0, bytes.length);
    }

    private static String data(int seq, long micros, long... counts) {
        return LineEncoder.data(seq, micros, counts);
    }

    @Test
    void decodesTheDocumentedExamples() {
        feed("H,1,fw-0.3.0,6,80*A966\n"
                + "D,17,1234567,210443,-1203,77,0,15,-4*A0B8\n"
                + "D,18,1246967,210450,,77,1,15,-4*3F33\n"
                + "E,TIMEOUT,channel 1 not ready*158A\n");

        assertEquals(List.of(new Hello(1, "fw-0.3.0", 6, 80)), seen.hellos);
        assertEquals(List.of(new DeviceEvent("TIMEOUT", "channel 1 not ready")), seen.events);
        assertEquals(2, seen.frames.size());
        assertArrayEquals(new double[] {210443, -1203, 77, 0, 15, -4}, seen.frames.get(0).values());
        assertArrayEquals(new double[] {210450, NaN, 77, 1, 15, -4}, seen.frames.get(1).values());
        assertEquals(1234.567, seen.frames.get(0).tMs(), 1e-9);
        assertEquals(1246.967, seen.frames.get(1).tMs(), 1e-9);
        assertEquals(0, decoder.counters().linesRejected());
    }

    @Test
    void givesTheSameResultWhateverTheSplitOfTheBytes() {
        String stream = LineEncoder.hello("fw", 6, 80) + data(1, 1000, 1, 2, 3, 4, 5, 6)
                + "noise*12\n" + data(2, 13500, 7, LineEncoder.MISSING, 9, 10, 11, 12) + "\r\n"
                + LineEncoder.event("OVERRUN", "3 frames") + data(5, 51000, -1, -2, -3, -4, -5, -6);
        byte[] bytes = stream.getBytes(ISO_8859_1);
        RecordingListener whole = new RecordingListener();
        ProtocolDecoder reference = new ProtocolDecoder(6, 80, whole);
        reference.feed(bytes, 0, bytes.length);

        for (int first = 0; first <= bytes.length; first++) {
            for (int second = first; second <= bytes.length; second += 7) {
                RecordingListener split = new RecordingListener();
                ProtocolDecoder decoder = new ProtocolDecoder(6, 80, split);
                decoder.feed(bytes, 0, first);
                decoder.feed(bytes, first, second - first);
                decoder.feed(bytes, second, bytes.length - second);
                assertSameDecoding(whole, split, "split at " + first + " and " + second);
                assertEquals(reference.counters(), decoder.counters());
            }
        }
        RecordingListener byteByByte = new RecordingListener();
        ProtocolDecoder decoder = new ProtocolDecoder(6, 80, byteByByte);
        for (int i = 0; i < bytes.length; i++) {
            decoder.feed(bytes, i, 1);
        }
        assertSameDecoding(whole, byteByByte, "byte by byte");
        assertEquals(3, whole.frames.size());
        assertEquals(List.of(Rejection.BAD_CHECKSUM), whole.rejections);
        assertEquals(1, reference.counters().seqGaps());
    }

    private static void assertSameDecoding(RecordingListener expected, RecordingListener actual, String what) {
        assertEquals(expected.frames.size(), actual.frames.size(), what);
        for (int i = 0; i < expected.frames.size(); i++) {
            assertEquals(expected.frames.get(i).tMs(), actual.frames.get(i).tMs(), what);
            assertArrayEquals(expected.frames.get(i).values(), actual.frames.get(i).values(), what);
        }
        assertEquals(expected.hellos, actual.hellos, what);
        assertEquals(expected.events, actual.events, what);
        assertEquals(expected.rejections, actual.rejections, what);
    }

    @Test
    void resyncsAtTheNextLineAfterNoise() {
        feed("\u0000\u00ff~~gar*bage,,D,1,2\n" + "D,3*FFFF\n" + data(1, 1000, 1, 2, 3, 4, 5, 6));

        assertEquals(1, seen.frames.size());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, seen.frames.get(0).values());
        assertEquals(List.of(Rejection.BAD_CHECKSUM, Rejection.BAD_CHECKSUM), seen.rejections);
        assertEquals(2, decoder.counters().crcErrors());
    }

    @Test
    void skipsAnOversizeLineToTheNextLfAndCountsItOnce() {
        feed("D,1,2,".repeat(200));
        feed("3,4*ABCD\n" + data(1, 1000, 1, 2, 3, 4, 5, 6));

        assertEquals(List.of(Rejection.OVERSIZE), seen.rejections);
        assertEquals(1, decoder.counters().rejected(Rejection.OVERSIZE));
        assertEquals(1, seen.frames.size());
    }

    @Test
    void acceptsALineOf255BytesCountingItsCrButNot256() {
        String body255 = "E,NOTE," + "x".repeat(255 - 7 - 5);
        String line255 = LineEncoder.seal(body255);
        assertEquals(256, line255.length());
        String line254WithCr = LineEncoder.seal("E,NOTE," + "x".repeat(242)).replace("\n", "\r\n");
        assertEquals(256, line254WithCr.length());
        String line256 = LineEncoder.seal(body255 + "y");

        feed(line255 + line254WithCr + line256);

        assertEquals(2, seen.events.size());
        assertEquals(List.of(Rejection.OVERSIZE), seen.rejections);
    }

    @ParameterizedTest
    @ValueSource(strings = {"D,1,2,1,2,3,4,5", "D,1,2,1,2,3,4,5,6,7", "D,1,2", "D,1"})
    void rejectsTheWrongNumberOfValues(String body) {
        feed(LineEncoder.seal(body));
        assertEquals(List.of(Rejection.WRONG_VALUE_COUNT), seen.rejections);
        assertEquals(0, seen.frames.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"8388608", "-8388609", "12a", "+5", " 5", "1.5", "-", "0x10", "123456789"})
    void rejectsAValueThatIsNotA24BitInteger(String value) {
        feed(LineEncoder.seal("D,1,1000,1,2,3,4,5," + value));
        assertEquals(List.of(Rejection.BAD_VALUE), seen.rejections);
        assertEquals(0, seen.frames.size());
    }

    @Test
    void acceptsTheEndsOfThe24BitRange() {
        feed(data(1, 1000, 8388607, -8388608, 0, -0, 1, -1));
        assertArrayEquals(new double[] {8388607, -8388608, 0, 0, 1, -1}, seen.frames.get(0).values());
    }

    @ParameterizedTest
    @ValueSource(strings = {"D,65536,1000", "D,-1,1000", "D,,1000", "D,1,4294967296", "D,1,", "D,1,-5"})
    void rejectsASequenceOrClockOutOfRange(String head) {
        feed(LineEncoder.seal(head + ",1,2,3,4,5,6"));
        assertEquals(List.of(Rejection.BAD_SEQUENCE_OR_CLOCK), seen.rejections);
    }

    @Test
    void rejectsBadChecksumsUnknownTypesAndBadHellos() {
        feed("D,1,1000,1,2,3,4,5,6*0000\n");
        feed(data(1, 1000, 1, 2, 3, 4, 5, 6).toLowerCase().replace("d,", "D,"));
        feed(LineEncoder.seal("X,1,2"));
        feed(LineEncoder.seal("D"));
        feed(LineEncoder.seal("H,2,fw,6,80"));
        feed(LineEncoder.seal("H,1,fw,six,80"));
        feed(LineEncoder.seal("E,"));

        assertEquals(List.of(Rejection.BAD_CHECKSUM, Rejection.BAD_CHECKSUM, Rejection.UNKNOWN_TYPE,
                Rejection.UNKNOWN_TYPE, Rejection.BAD_HELLO, Rejection.BAD_HELLO, Rejection.BAD_EVENT), seen.rejections);
        ProtocolCounters counters = decoder.counters();
        assertEquals(7, counters.linesRejected());
        assertEquals(2, counters.crcErrors());
        assertEquals(2, counters.rejected(Rejection.UNKNOWN_TYPE));
    }

    @Test
    void ignoresEmptyLinesAndAcceptsCrLf() {
        feed("\n\r\n" + data(1, 1000, 1, 2, 3, 4, 5, 6).replace("\n", "\r\n") + "\n");
        assertEquals(1, seen.frames.size());
        assertEquals(0, decoder.counters().linesRejected());
    }

    @Test
    void keepsCommasInEventText() {
        feed(LineEncoder.event("TIMEOUT", "channels 1, 2 not ready"));
        assertEquals(List.of(new DeviceEvent("TIMEOUT", "channels 1, 2 not ready")), seen.events);
    }

    @Test
    void countsOneGapPerJumpAndNotTheSequenceWrap() {
        long[] counts = {1, 2, 3, 4, 5, 6};
        feed(data(65533, 1000, counts) + data(65534, 13500, counts) + data(65535, 26000, counts)
                + data(0, 38500, counts) + data(1, 51000, counts) + data(4, 88500, counts)
                + "D,5,101000,1,2,3,4,5,6*0000\n" + data(6, 113500, counts) + data(6, 126000, counts));

        assertEquals(3, decoder.counters().seqGaps());
        assertEquals(List.of(2, 1, 0), seen.gaps);
        assertEquals(0, decoder.counters().resets());
        assertEquals(8, seen.frames.size());
    }

    @Test
    void continuesTimeAcrossTheMicrosecondWrapWithoutAReset() {
        long[] counts = {1, 2, 3, 4, 5, 6};
        long beforeWrap = (1L << 32) - 5_000;
        feed(data(10, beforeWrap, counts) + data(11, beforeWrap + 12_500 - (1L << 32), counts)
                + data(12, 20_000, counts));

        double[] t = seen.times();
        assertEquals(12.5, t[1] - t[0], 1e-6);
        assertEquals(12.5, t[2] - t[1], 1e-6);
        assertEquals(0, decoder.counters().resets());
        assertEquals(1, decoder.counters().clockWraps());
        assertEquals(0, decoder.counters().seqGaps());
    }

    @Test
    void countsAHelloAfterDataAsOneResetAndContinuesOnePeriodLater() {
        long[] counts = {1, 2, 3, 4, 5, 6};
        feed(LineEncoder.hello("fw", 6, 50) + data(7, 500_000, counts) + data(8, 520_000, counts)
                + LineEncoder.event("BOOT", "watchdog") + LineEncoder.hello("fw", 6, 50)
                + data(0, 3_000, counts) + data(1, 23_000, counts));

        assertEquals(1, decoder.counters().resets());
        assertEquals(1, seen.resets);
        assertEquals(0, decoder.counters().seqGaps());
        assertArrayEquals(new double[] {500, 520, 540, 560}, seen.times(), 1e-9);
    }

    @Test
    void countsASequenceRestartWithTheClockGoingBackAsOneResetWithoutHello() {
        long[] counts = {1, 2, 3, 4, 5, 6};
        feed(data(300, 4_000_000, counts) + data(301, 4_012_500, counts)
                + data(0, 2_000, counts) + data(1, 14_500, counts));

        assertEquals(1, decoder.counters().resets());
        assertEquals(0, decoder.counters().seqGaps());
        assertEquals(0, decoder.counters().clockWraps());
        assertArrayEquals(new double[] {4000, 4012.5, 4025, 4037.5}, seen.times(), 1e-9);
    }

    @Test
    void doesNotCountAHelloBeforeDataOrAnAnsweredQueryAsAReset() {
        long[] counts = {1, 2, 3, 4, 5, 6};
        feed(LineEncoder.hello("fw", 6, 80) + LineEncoder.hello("fw", 6, 80) + data(1, 1_000, counts));
        decoder.expectHello();
        feed(LineEncoder.hello("fw", 6, 80) + data(2, 13_500, counts));

        assertEquals(0, decoder.counters().resets());
        assertEquals(3, decoder.counters().hellos());
        assertArrayEquals(new double[] {1, 13.5}, seen.times(), 1e-9);
    }

    @Test
    void usesHostReceiveTimesWhenGivenAndKeepsThemMonotonic() {
        byte[] first = data(1, 1_000, 1, 2, 3, 4, 5, 6).getBytes(ISO_8859_1);
        byte[] second = data(2, 13_500, 1, 2, 3, 4, 5, 6).getBytes(ISO_8859_1);
        byte[] third = data(3, 26_000, 1, 2, 3, 4, 5, 6).getBytes(ISO_8859_1);
        decoder.feed(first, 0, first.length, 5_000.0);
        decoder.feed(second, 0, second.length, 4_990.0);
        decoder.feed(third, 0, third.length, 5_030.0);

        assertArrayEquals(new double[] {5000, 5000, 5030}, seen.times(), 1e-9);
    }

    @Test
    void decodesALastLineWithoutLfAtTheEndOfInput() {
        String line = data(1, 1_000, 1, 2, 3, 4, 5, 6);
        feed(line.substring(0, line.length() - 1));
        assertTrue(seen.frames.isEmpty());
        decoder.endOfInput();
        assertEquals(1, seen.frames.size());
    }
}
