package dev.ashiatsu.bridge.file;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.source.InputEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a recording CSV (design.md section 5): optional {@code #} comment lines, a header
 * {@code t_ms,<cell id>,...}, then one row per frame with the time in ms (decimals allowed, never going
 * backwards) and each cell's load in kg; an empty field is a missing sample. Columns may come in any
 * order; every cell of the table config must have one. A line {@code #input,<t_ms>,<INPUT>} (a comment to
 * older readers) is a button press ({@link #takeInputs}): its time must not go back before the last row's
 * and its input must be one of {@link Input}. Any bad row or press line is an {@link InputException} naming
 * the file and line. Frames are {@link Frame#inKg() in kg}; the returned frame's array is reused.
 */
public final class CsvFrameReader implements FrameReader {

    /** Longer lines are not a recording's. */
    static final int MAX_LINE_BYTES = 4096;
    /** No time of a real recording comes near this (epoch ms are about 1.8e12). */
    static final double MAX_TIME_MS = 1e13;
    /** No load of a real load cell comes near this. */
    static final double MAX_LOAD_KG = 100_000;
    /** Starts a button press line, {@code #input,<t_ms>,<INPUT>}: a comment to readers before presses. */
    public static final String INPUT_PREFIX = "#input,";

    private final Path file;
    private final Utf8LineReader in;
    private final int[] columnToChannel;
    private final double[] values;
    private long lineNumber;
    private long frames;
    private double lastMs = Double.NEGATIVE_INFINITY;
    private List<InputEvent> inputs = new ArrayList<>();

    public CsvFrameReader(Path file, TableConfig table) throws IOException {
        this.file = file;
        this.in = new Utf8LineReader(Files.newInputStream(file), MAX_LINE_BYTES);
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
            line = readLine();
            if (line == null) {
                throw new InputException(file, lineNumber, "no header line (expected t_ms,<cell id>,...)");
            }
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.startsWith(INPUT_PREFIX)) {
                inputs.add(parseInput(line));
            }
        } while (skipped(line));
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
            line = readLine();
            if (line == null) {
                return null;
            }
            if (line.startsWith(INPUT_PREFIX)) {
                inputs.add(parseInput(line));
            }
        } while (skipped(line));
        double tMs = parseRow(line);
        if (tMs < lastMs) {
            throw new InputException(file, lineNumber, "t_ms goes backwards (" + tMs + " after " + lastMs + ")");
        }
        lastMs = tMs;
        frames++;
        return Frame.ofKg(tMs, values);
    }

    @Override
    public List<InputEvent> takeInputs() {
        if (inputs.isEmpty()) {
            return List.of();
        }
        List<InputEvent> taken = inputs;
        inputs = new ArrayList<>();
        return taken;
    }

    /** A press line {@code #input,<t_ms>,<INPUT>}: a time not before the last row's, and a known input. */
    private InputEvent parseInput(String line) {
        String[] fields = line.strip().split(",", -1);
        if (fields.length != 3) {
            throw new InputException(file, lineNumber, "a press line is #input,<t_ms>,<"
                    + Arrays.stream(Input.values()).map(Enum::name).collect(Collectors.joining("|")) + ">, found '"
                    + shortened(line) + "'");
        }
        double tMs = number(fields[1], 0, fields[1].length(), "the press's t_ms", MAX_TIME_MS);
        if (Double.isNaN(tMs)) {
            throw new InputException(file, lineNumber, "the press's t_ms is empty");
        }
        if (tMs < lastMs) {
            throw new InputException(file, lineNumber, "the press's t_ms goes backwards (" + tMs + " after " + lastMs + ")");
        }
        Input input = Arrays.stream(Input.values()).filter(i -> i.name().equals(fields[2].strip())).findFirst()
                .orElseThrow(() -> new InputException(file, lineNumber, "'" + shortened(fields[2]) + "' is not a button: "
                        + Arrays.stream(Input.values()).map(Enum::name).collect(Collectors.joining(" or "))));
        return new InputEvent(tMs, input);
    }

    /** The next line, or null at the end; text that is not UTF-8, or a line too long, names its line. */
    private String readLine() throws IOException {
        lineNumber++;
        try {
            return in.readLine();
        } catch (Utf8LineReader.BadLine e) {
            throw new InputException(file, lineNumber, e.getMessage());
        }
    }

    private static boolean skipped(String line) {
        String text = line.strip();
        return text.isEmpty() || text.startsWith("#");
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
                tMs = number(line, start, end, "t_ms", MAX_TIME_MS);
                if (Double.isNaN(tMs)) {
                    throw new InputException(file, lineNumber, "t_ms is empty");
                }
            } else if (end > start) {
                values[columnToChannel[field - 1]] = number(line, start, end, "field " + (field + 1), MAX_LOAD_KG);
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

    private double number(String line, int start, int end, String what, double max) {
        String text = line.substring(start, end).strip();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            throw new InputException(file, lineNumber, what + " is not a number: '" + shortened(text) + "'");
        }
        if (Math.abs(value) > max) {
            throw new InputException(file, lineNumber, what + " is out of range: " + shortened(text));
        }
        return value;
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
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
