package dev.ashiatsu.bridge.file;

import dev.ashiatsu.core.config.TableConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
            case CAPTURE -> throw new InputException(file + ": serial captures are not supported yet");
        };
    }

    /** A capture's first meaningful line is a protocol line ({@code H,}, {@code D,}, {@code E,}) or starts with {@code @}. */
    public static Kind detect(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = in.readLine()) != null) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                boolean protocol = text.startsWith("@") || text.matches("^[HDE],.*\\*[0-9A-Fa-f]{4}$");
                return protocol ? Kind.CAPTURE : Kind.CSV;
            }
            return Kind.CSV;
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        }
    }
}
