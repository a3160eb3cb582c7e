package dev.ashiatsu.bridge.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ashiatsu.bridge.protocol.LineEncoder;
import dev.ashiatsu.bridge.testing.Tables;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.TableConfig;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The capture writer's whole-line way in (the byte way is in {@link CaptureFrameReaderTest}). */
class CaptureWriterTest {

    private static final TableConfig TABLE = Tables.withChannels(3, 50);

    @TempDir
    Path dir;

    @Test
    void prefixesEachLineWithItsReceiveTimeAndEndsItWithOneLf() throws IOException {
        StringWriter text = new StringWriter();
        try (CaptureWriter capture = new CaptureWriter(text)) {
            capture.line(1_700_000_000_123L, "H,1,fw,3,50*ABCD\n");
            capture.line(1_700_000_000_140L, "noise");
        }
        assertEquals("@1700000000123 H,1,fw,3,50*ABCD\n@1700000000140 noise\n", text.toString());
    }

    @Test
    void linesItWritesReadBackTimedByTheirPrefix() throws IOException {
        Path file = dir.resolve("lines.capture");
        try (CaptureWriter capture = new CaptureWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII))) {
            capture.line(5_000, LineEncoder.hello("fw", 3, 50));
            capture.line(5_020, LineEncoder.data(0, 0, new long[] {1000, -2000, 3000}));
            capture.line(5_041, LineEncoder.data(1, 20_000, new long[] {4000, 5000, LineEncoder.MISSING}));
        }
        try (CaptureFrameReader reader = new CaptureFrameReader(file, TABLE)) {
            Frame first = reader.next();
            assertEquals(5_020, first.tMs());
            assertEquals(-2000, first.values()[1]);
            Frame second = reader.next();
            assertEquals(5_041, second.tMs());
            assertEquals(Double.NaN, second.values()[2]);
            assertNull(reader.next());
        }
    }
}
