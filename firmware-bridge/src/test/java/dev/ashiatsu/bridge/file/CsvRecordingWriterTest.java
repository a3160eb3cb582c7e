package dev.ashiatsu.bridge.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.file.CsvRecordingWriter.Numbers;
import dev.ashiatsu.bridge.testing.Tables;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recording CSV's writer, read back by its reader. */
class CsvRecordingWriterTest {

    private static final TableConfig TABLE = Tables.withChannels(3, 80);

    @TempDir
    Path dir;

    private static String write(Numbers numbers, double tMs, double... kg) throws IOException {
        StringWriter text = new StringWriter();
        try (CsvRecordingWriter csv = new CsvRecordingWriter(text, TABLE, List.of("first", "second"), numbers)) {
            csv.row(tMs, kg);
        }
        return text.toString();
    }

    @Test
    void writesTheCommentsTheHeaderInChannelOrderAndRowsWithThreeDecimals() throws IOException {
        assertEquals("# first\n# second\nt_ms,T1,T2,T3\n12.500,-1.250,,0.000\n",
                write(Numbers.THREE_DECIMALS, 12.5, -1.25, Double.NaN, -0.0001));
    }

    @Test
    void writesTheShortestExactDecimalNeverInExponentForm() throws IOException {
        assertEquals("# first\n# second\nt_ms,T1,T2,T3\n12.5,0.1,,0.0000001\n",
                write(Numbers.EXACT, 12.5, 0.1, Double.NaN, 1e-7));
        assertTrue(write(Numbers.EXACT, 0, -0.0, 1e21, 3).endsWith("\n0,0,1000000000000000000000,3\n"));
    }

    @Test
    void whatItWritesReadsBackAsTheSameFrames() throws IOException {
        Path file = dir.resolve("round-trip.csv");
        double[][] rows = {{0, 1.5, Double.NaN, -2.25}, {12.5, 0.1 + 0.2, 7, 1e-9}, {25, 1234.5678901, -0.5, 3}};
        try (CsvRecordingWriter csv = new CsvRecordingWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                TABLE, List.of("a recording"), Numbers.EXACT)) {
            for (double[] row : rows) {
                csv.row(row[0], new double[] {row[1], row[2], row[3]});
            }
        }
        try (CsvFrameReader reader = new CsvFrameReader(file, TABLE)) {
            for (double[] row : rows) {
                Frame frame = reader.next();
                assertEquals(row[0], frame.tMs());
                assertArrayEquals(new double[] {row[1], row[2], row[3]}, frame.values(), "row at " + row[0]);
                assertTrue(frame.inKg());
            }
            assertNull(reader.next());
        }
    }

    @Test
    void writesAPressAsAnInputLineInTheRowsNumberFormatThatReadsBackBetweenItsFrames() throws IOException {
        Path file = dir.resolve("presses.csv");
        try (CsvRecordingWriter csv = new CsvRecordingWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                TABLE, List.of(), Numbers.THREE_DECIMALS)) {
            csv.row(0, new double[] {1, 2, 3});
            csv.press(4.25, Input.CLIENT_STOP);
            csv.row(10, new double[] {1, 2, 3});
        }
        assertEquals("t_ms,T1,T2,T3\n0.000,1.000,2.000,3.000\n#input,4.250,CLIENT_STOP\n10.000,1.000,2.000,3.000\n",
                Files.readString(file));
        try (CsvFrameReader reader = new CsvFrameReader(file, TABLE)) {
            assertEquals(0, reader.next().tMs());
            assertEquals(List.of(), reader.takeInputs());
            assertEquals(10, reader.next().tMs());
            assertEquals(List.of(new InputEvent(4.25, Input.CLIENT_STOP)), reader.takeInputs());
        }
        StringWriter exact = new StringWriter();
        try (CsvRecordingWriter csv = new CsvRecordingWriter(exact, TABLE, List.of(), Numbers.EXACT)) {
            csv.press(0.1 + 0.2, Input.ACKNOWLEDGE);
        }
        assertEquals("t_ms,T1,T2,T3\n#input,0.30000000000000004,ACKNOWLEDGE\n", exact.toString());
    }

    @Test
    void refusesARowOfTheWrongWidthAndACommentThatWouldBreakTheFile() {
        StringWriter text = new StringWriter();
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> new CsvRecordingWriter(text, TABLE, List.of(), Numbers.EXACT).row(0, new double[4]));
        assertEquals("a row of 4 loads for 3 cells", wide.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new CsvRecordingWriter(text, TABLE, List.of("two\nlines"), Numbers.EXACT));
    }
}
