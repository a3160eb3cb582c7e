package dev.ashiatsu.bridge.file;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.InputCounters;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a recording CSV (design.md section 5): optional {@code #} comment lines, a header
 * {@code t_ms,<cell id>,...}, then one row per frame with the time in ms (decimals allowed, never going
 * backwards) and each cell's load in kg; an empty field is a missing sample. Columns may come in any
 * order; every cell of the table config must have one. Any bad row is an {@link InputException}
 * naming the file and line. Frames are {@link Frame#inKg() in kg}; the returned frame's array is reused.
 */
public final class CsvFrameReader implements FrameReader {

    private final Path file;
    private final BufferedReader in;
    private final int[] columnToChannel;
    private final double[] values;
    private long lineNumber;
    private long frames;
    private double lastMs = Double.NEGATIVE_INFINITY;

    public CsvFrameReader(Path file, TableConfig table) throws IOException {
        this.file = file;
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        this.values = new double[table.channelCount()];
        try {
            this.columnToChannel = readHeader(table);
        } catch (RuntimeException | IOException e) {
            in.close();
            throw e;
        }
    }

    private int[] readHeader(TableConfig table) throws IOException {
        String line;
        do {
            line = in.readLine();
            lineNumber++;
            if (line == null) {
                throw new InputException(file, lineNumber, "no header line (expected t_ms,<cell id>,...)");
            }
        } while (line.isBlank() || line.startsWith("#"));
        String[] names = line.strip().split(",", -1);
        if (!names[0].strip().equals("t_ms")) {
            throw new InputException(file, lineNumber, "the header must start with t_ms, found '" + names[0] + "'");
        }
        int[] mapping = new int[names.length - 1];
        boolean[] seen = new boolean[table.channelCount()];
        for (int c = 1; c < names.length; c++) {
            String id = names[c].strip();
            int channel = table.indexOf(id);
            if (channel < 0) {
                throw new InputException(file, lineNumber, "column '" + id + "' is not a cell of the table config");
            }
            if (seen[channel]) {
                throw new InputException(file, lineNumber, "column '" + id + "' appears twice");
            }
            seen[channel] = true;
            mapping[c - 1] = channel;
        }
        for (int channel = 0; channel < seen.length; channel++) {
            if (!seen[channel]) {
                throw new InputException(file, lineNumber,
                        "no column for cell '" + table.cells().get(channel).id() + "' of the table config");
            }
        }
        return mapping;
    }

    @Override
    public Frame next() throws IOException {
        String line;
        do {
            line = in.readLine();
            lineNumber++;
            if (line == null) {
                return null;
            }
        } while (line.isBlank() || line.startsWith("#"));
        double tMs = parseRow(line);
        if (tMs < lastMs) {
            throw new InputException(file, lineNumber, "t_ms goes backwards (" + tMs + " after " + lastMs + ")");
        }
        lastMs = tMs;
        frames++;
        return Frame.ofKg(tMs, values);
    }

    /** Fills {@link #values} from a row and returns its time. */
    private double parseRow(String line) {
        Arrays.fill(values, Double.NaN);
        int field = 0;
        int start = 0;
        double tMs = Double.NaN;
        int length = line.length();
        while (start <= length) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? length : comma;
            if (field > columnToChannel.length) {
                throw new InputException(file, lineNumber,
                        "too many fields (expected " + (columnToChannel.length + 1) + ")");
            }
            if (field == 0) {
                tMs = number(line, start, end, "t_ms");
                if (Double.isNaN(tMs)) {
                    throw new InputException(file, lineNumber, "t_ms is empty");
                }
            } else if (end > start) {
                values[columnToChannel[field - 1]] = number(line, start, end, "field " + (field + 1));
            }
            field++;
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        if (field != columnToChannel.length + 1) {
            throw new InputException(file, lineNumber,
                    "expected " + (columnToChannel.length + 1) + " fields, found " + field);
        }
        return tMs;
    }

    private double number(String line, int start, int end, String what) {
        String text = line.substring(start, end).strip();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InputException(file, lineNumber, what + " is not a number: '" + text + "'");
        }
    }

    @Override
    public InputCounters counters() {
        return InputCounters.framesOnly(frames);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
