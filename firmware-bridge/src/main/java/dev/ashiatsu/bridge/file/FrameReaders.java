package dev.ashiatsu.bridge.file;

import dev.ashiatsu.bridge.capture.CaptureFrameReader;
import dev.ashiatsu.core.config.TableConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens a recorded file as frames, telling a recording CSV from a serial capture by its content. */
public final class FrameReaders {

    private FrameReaders() {
    }

    /** What a recorded file holds. */
    public enum Kind { CSV, CAPTURE }

    public static FrameReader open(Path file, TableConfig table) throws IOException {
        return switch (detect(file)) {
            case CSV -> new CsvFrameReader(file, table);
            case CAPTURE -> new CaptureFrameReader(file, table);
        };
    }

    /**
     * A recording CSV starts (after {@code #} comments) with its {@code t_ms} header; a capture is a file
     * any of whose first 20 lines is a protocol line (a capture may begin with line noise). Reads line by
     * line with a bound ({@link CsvFrameReader#MAX_LINE_BYTES}): a longer line, or one that is not UTF-8,
     * counts as noise and is skipped without being held in memory.
     */
    public static Kind detect(Path file) throws IOException {
        InputStream stream;
        try {
            stream = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        }
        try (Utf8LineReader in = new Utf8LineReader(stream, CsvFrameReader.MAX_LINE_BYTES)) {
            int looked = 0;
            while (looked < 20) {
                String line;
                try {
                    line = in.readLine();
                } catch (Utf8LineReader.BadLine noise) {
                    looked++;
                    continue;
                }
                if (line == null) {
                    break;
                }
                String text = line.strip();
                if (text.isEmpty() || (looked == 0 && text.startsWith("#"))) {
                    continue;
                }
                if (looked == 0 && text.replace("\uFEFF", "").startsWith("t_ms")) {
                    return Kind.CSV;
                }
                if (CaptureFrameReader.looksLikeCapture(text)) {
                    return Kind.CAPTURE;
                }
                looked++;
            }
            return Kind.CSV;
        }
    }
}
