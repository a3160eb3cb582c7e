package dev.ashiatsu.bridge.file;

import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Input;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The one writer of recording CSVs (design.md section 5), beside their reader {@link CsvFrameReader}:
 * {@code # } comment lines, the header {@code t_ms,<cell ids in the table's channel order>}, then one row
 * per frame with the time in ms and each cell's load in kg, an empty field for a missing (NaN) sample.
 * A button press is a line {@code #input,<t_ms>,<ACKNOWLEDGE|CLIENT_STOP>} ({@link CsvFrameReader#INPUT_PREFIX};
 * a comment to readers from before buttons), written before the row of the frame it precedes.
 * Not thread-safe.
 */
public final class CsvRecordingWriter implements Closeable, Flushable {

    /** How the numbers of a row are written. */
    public enum Numbers {
        /** Exactly three decimals (1 g, 1 µs): compact; what the simulator writes. */
        THREE_DECIMALS,
        /**
         * The shortest decimal that reads back as the same double, never in exponent form: what an export
         * writes, so that {@code analyze} on it raises the same alarms as the live monitor did.
         */
        EXACT
    }

    private final Writer out;
    private final int channels;
    private final Numbers numbers;
    private final StringBuilder row = new StringBuilder(128);

    /**
     * Writes the comment lines (none may hold a line break) and the header to {@code out}, which
     * {@link #close()} closes.
     */
    public CsvRecordingWriter(Writer out, TableConfig table, List<String> comments, Numbers numbers)
            throws IOException {
        this.out = out;
        this.channels = table.channelCount();
        this.numbers = numbers;
        for (String comment : comments) {
            if (comment.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a CSV comment line holds an LF: " + comment);
            }
            out.write("# " + comment + "\n");
        }
        StringBuilder header = new StringBuilder("t_ms");
        for (CellConfig cell : table.cells()) {
            header.append(',').append(cell.id());
        }
        out.write(header.append('\n').toString());
    }

    /** Writes one row: {@code tMs}, then {@code kg[c]} for each channel c (NaN: an empty field). */
    public void row(double tMs, double[] kg) throws IOException {
        if (kg.length != channels) {
            throw new IllegalArgumentException("a row of " + kg.length + " loads for " + channels + " cells");
        }
        row.setLength(0);
        append(tMs);
        for (double value : kg) {
            row.append(',');
            if (!Double.isNaN(value)) {
                append(value);
            }
        }
        out.write(row.append('\n').toString());
    }

    /** Writes one button press at {@code tMs} (ms, on the rows' time axis, in the rows' number format). */
    public void press(double tMs, Input input) throws IOException {
        row.setLength(0);
        row.append(CsvFrameReader.INPUT_PREFIX);
        append(tMs);
        out.write(row.append(',').append(input.name()).append('\n').toString());
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void append(double value) {
        if (numbers == Numbers.THREE_DECIMALS) {
            Decimals.appendThree(row, value);
        } else {
            Decimals.appendExact(row, value);
        }
    }
}
