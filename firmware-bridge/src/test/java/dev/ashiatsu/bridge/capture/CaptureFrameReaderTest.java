package dev.ashiatsu.bridge.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.protocol.LineEncoder;
import dev.ashiatsu.bridge.protocol.Rejection;
import dev.ashiatsu.bridge.testing.Tables;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.InputCounters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureFrameReaderTest {

    private static final TableConfig TABLE = Tables.withChannels(3, 50);
    private static final long[] COUNTS = {1, -2, 3};

    @TempDir
    Path dir;

    private List<Frame> readAll(CaptureFrameReader reader) throws IOException {
        List<Frame> frames = new ArrayList<>();
        for (Frame frame = reader.next(); frame != null; frame = reader.next()) {
            frames.add(frame);
        }
        return frames;
    }

    private Path write(String text) throws IOException {
        return Files.write(dir.resolve("capture.log"), text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void timesPrefixedLinesByTheirEpochMilliseconds() throws Exception {
        Path file = write("@1763776800000 " + LineEncoder.hello("fw", 3, 50)
                + "@1763776800020 " + LineEncoder.data(0, 999_000, COUNTS)
                + "@1763776800041 " + LineEncoder.data(1, 1_019_000, COUNTS).replace("\n", "\r\n"));
        try (CaptureFrameReader reader = new CaptureFrameReader(file, TABLE)) {
            List<Frame> frames = readAll(reader);
            assertEquals(List.of(1763776800020.0, 1763776800041.0), frames.stream().map(Frame::tMs).toList());
            assertArrayEquals(new double[] {1, -2, 3}, frames.get(0).values());
            assertEquals(new InputCounters(2, 0, 0, 0, 0), reader.counters());
        }
    }

    @Test
    void timesUnprefixedLinesByTheDeviceClockAcrossAWrapAndAReset() throws Exception {
        long nearWrap = (1L << 32) - 10_000;
        Path file = write(LineEncoder.data(0, nearWrap, COUNTS)
                + LineEncoder.data(1, nearWrap + 20_000 - (1L << 32), COUNTS)
                + LineEncoder.event("BOOT", "reset") + LineEncoder.hello("fw", 3, 50)
                + LineEncoder.data(0, 1_000, COUNTS) + LineEncoder.data(1, 21_000, COUNTS));
        try (CaptureFrameReader reader = new CaptureFrameReader(file, TABLE)) {
            double[] times = readAll(reader).stream().mapToDouble(Frame::tMs).toArray();
            double start = nearWrap / 1000.0;
            assertArrayEquals(new double[] {start, start + 20, start + 40, start + 60}, times, 1e-6);
            assertEquals(new InputCounters(4, 0, 0, 0, 1), reader.counters());
            assertEquals(1, reader.protocolCounters().clockWraps());
        }
    }

    @Test
    void countsBadLinesAndBadPrefixesWithoutThrowingAndNamesTheirLines() throws Exception {
        Path file = write("@12x " + LineEncoder.data(0, 0, COUNTS)
                + "@1763776800000" + LineEncoder.data(1, 20_000, COUNTS)
                + "x".repeat(5000) + "\n"
                + LineEncoder.data(2, 40_000, COUNTS).replace("D,2", "D,3")
                + LineEncoder.data(4, 80_000, COUNTS)
                + LineEncoder.data(5, 100_000, COUNTS).replace("\n", ""));
        try (CaptureFrameReader reader = new CaptureFrameReader(file, TABLE)) {
            assertEquals(2, readAll(reader).size());
            assertEquals(new InputCounters(2, 4, 1, 0, 0), reader.counters(), "frames 4 and 5 follow each other");
            assertEquals(2, reader.protocolCounters().rejected(Rejection.BAD_CAPTURE_PREFIX));
            assertEquals(1, reader.protocolCounters().rejected(Rejection.OVERSIZE));
            assertTrue(reader.firstRejections().get(0).startsWith(file + ":1: capture prefix"), reader.firstRejections().get(0));
            assertTrue(reader.firstRejections().get(3).startsWith(file + ":4: checksum mismatch"), reader.firstRejections().get(3));
        }
    }

    @Test
    void failsOnlyOnAFileThatCannotBeRead() {
        assertThrows(NoSuchFileException.class, () -> new CaptureFrameReader(dir.resolve("missing.log"), TABLE));
    }

    @Test
    void recognisesCapturesByTheirFirstLine() {
        assertTrue(CaptureFrameReader.looksLikeCapture("@1763776800000 D,1,2,3*ABCD"));
        assertTrue(CaptureFrameReader.looksLikeCapture("H,1,fw-0.3.0,6,80*A966"));
        assertTrue(CaptureFrameReader.looksLikeCapture("D,17,1234567,210443,-1203,77,0,15,-4*A0B8\r"));
        assertTrue(CaptureFrameReader.looksLikeCapture("E,BOOT,x*0000"));
        assertFalse(CaptureFrameReader.looksLikeCapture("t_ms,T1,T2"));
        assertFalse(CaptureFrameReader.looksLikeCapture("D,1,2"));
        assertFalse(CaptureFrameReader.looksLikeCapture("X,1*ABCD"));
        assertFalse(CaptureFrameReader.looksLikeCapture(null));
    }

    @Test
    void capturesWrittenByTheWriterReadBackWithTheSameRejections() throws Exception {
        Path file = dir.resolve("written.log");
        String stream = LineEncoder.hello("fw", 3, 50) + LineEncoder.data(0, 0, COUNTS) + "y".repeat(1000) + "\n"
                + LineEncoder.data(1, 20_000, COUNTS) + "partial";
        byte[] bytes = stream.getBytes(StandardCharsets.ISO_8859_1);
        try (CaptureWriter writer = CaptureWriter.appendingTo(file)) {
            writer.write(bytes, 0, 100, 1_000);
            writer.write(bytes, 100, bytes.length - 100, 2_000);
            writer.endOfStream(3_000);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        assertEquals(5, lines.size());
        assertEquals("@1000 " + LineEncoder.hello("fw", 3, 50).strip(), lines.get(0));
        assertEquals(6 + CaptureWriter.MAX_SAVED_BYTES, lines.get(2).length(), "the long line is cut, still too long");
        assertEquals("@3000 partial", lines.get(4));
        try (CaptureFrameReader reader = new CaptureFrameReader(file, TABLE)) {
            List<Frame> frames = readAll(reader);
            assertEquals(List.of(1_000.0, 2_000.0), frames.stream().map(Frame::tMs).toList());
            assertEquals(1, reader.protocolCounters().rejected(Rejection.OVERSIZE));
            assertEquals(1, reader.protocolCounters().rejected(Rejection.NO_CHECKSUM));
        }
    }
}
