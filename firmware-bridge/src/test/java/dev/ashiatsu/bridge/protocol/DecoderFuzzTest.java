package dev.ashiatsu.bridge.protocol;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.testing.RecordingListener;
import dev.ashiatsu.core.Frame;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A million seeded random inputs into one long-lived decoder, in random pieces: random bytes, valid lines,
 * and valid lines corrupted in ways a CRC-16 always detects (one or two adjacent bytes replaced, the line
 * cut short, bytes appended after the checksum). Nothing throws, every valid line gives exactly its frame,
 * no corrupted line gives a frame, and time never goes backwards.
 */
class DecoderFuzzTest {

    private static final int INPUTS = 1_000_000;
    private static final int CHANNELS = 6;

    private final Random random = new Random(20261122L);
    private final RecordingListener seen = new RecordingListener();
    private final ProtocolDecoder decoder = new ProtocolDecoder(CHANNELS, 80, seen);
    private int seq;
    private long micros;

    @Test
    void neverThrowsAndNeverTurnsACorruptedLineIntoAFrame() {
        int valid = 0;
        int corrupted = 0;
        double lastTime = Double.NEGATIVE_INFINITY;
        for (int input = 0; input < INPUTS; input++) {
            long[] counts = randomCounts();
            byte[] line = LineEncoder.data(seq++, micros += 12_500, counts).getBytes(ISO_8859_1);
            byte[] fed;
            boolean expectFrame;
            switch (random.nextInt(4)) {
                case 0 -> {
                    fed = randomBytes();
                    expectFrame = false;
                }
                case 1 -> {
                    fed = line;
                    expectFrame = true;
                }
                default -> {
                    fed = corrupt(line);
                    expectFrame = false;
                }
            }
            seen.frames.clear();
            feedInPieces(fed);
            feedInPieces(new byte[] {'\n'});
            if (expectFrame) {
                valid++;
                assertEquals(1, seen.frames.size(), "valid input " + input);
                assertArrayEquals(asDoubles(counts), seen.frames.get(0).values(), "valid input " + input);
            } else {
                corrupted++;
                assertEquals(0, seen.frames.size(), () -> "corrupted input gave a frame: " + new String(fed, ISO_8859_1));
            }
            for (Frame frame : seen.frames) {
                assertTrue(frame.tMs() >= lastTime, "time went back at input " + input);
                lastTime = frame.tMs();
            }
        }
        ProtocolCounters counters = decoder.counters();
        assertEquals(valid, counters.framesRead());
        assertEquals(corrupted, counters.linesRejected(), "one rejection per corrupted input");
        assertTrue(valid > 200_000 && corrupted > 700_000, counters.toString());
    }

    private void feedInPieces(byte[] bytes) {
        int from = 0;
        while (from < bytes.length) {
            int piece = Math.min(bytes.length - from, 1 + random.nextInt(40));
            decoder.feed(bytes, from, piece);
            from += piece;
        }
    }

    private long[] randomCounts() {
        long[] counts = new long[CHANNELS];
        for (int i = 0; i < CHANNELS; i++) {
            counts[i] = random.nextInt(10) == 0 ? LineEncoder.MISSING : random.nextInt(1 << 24) - (1 << 23);
        }
        return counts;
    }

    private static double[] asDoubles(long[] counts) {
        double[] values = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            values[i] = counts[i] == LineEncoder.MISSING ? Double.NaN : counts[i];
        }
        return values;
    }

    /** At least two random bytes without LF (the LF that follows ends them). */
    private byte[] randomBytes() {
        byte[] bytes = new byte[2 + random.nextInt(300)];
        random.nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                bytes[i] = '?';
            }
        }
        return bytes;
    }

    /** The line without its LF, damaged in a way a CRC-16 always detects. */
    private byte[] corrupt(byte[] lineWithLf) {
        int length = lineWithLf.length - 1;
        byte[] line = java.util.Arrays.copyOf(lineWithLf, length);
        switch (random.nextInt(4)) {
            case 0 -> replace(line, random.nextInt(length));
            case 1 -> {
                int at = random.nextInt(length - 1);
                replace(line, at);
                replace(line, at + 1);
            }
            case 2 -> line = java.util.Arrays.copyOf(line, 1 + random.nextInt(length - 1));
            default -> {
                byte[] longer = java.util.Arrays.copyOf(line, length + 1 + random.nextInt(5));
                for (int i = length; i < longer.length; i++) {
                    longer[i] = (byte) ('0' + random.nextInt(10));
                }
                line = longer;
            }
        }
        return line;
    }

    /** Replaces a byte by a different one, neither LF nor CR. */
    private void replace(byte[] line, int at) {
        byte replacement;
        do {
            replacement = (byte) random.nextInt(256);
        } while (replacement == line[at] || replacement == '\n' || replacement == '\r');
        line[at] = replacement;
    }
}
