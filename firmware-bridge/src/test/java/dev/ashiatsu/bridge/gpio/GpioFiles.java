package dev.ashiatsu.bridge.gpio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real config files for the tests: a three-cell table and a GPIO config for it. */
final class GpioFiles {

    static final String TABLE = """
            name: test table
            lengthCm: 200
            widthCm: 80
            sampleRateHz: 80
            cells:
              - {id: leg-head, role: table, xCm: 0, yCm: 0, offset: 0, countsPerKg: 1000}
              - {id: leg-foot, role: table, xCm: 200, yCm: 80, offset: 0, countsPerKg: 1000}
              - {id: bar, role: bar, offset: 0, countsPerKg: -1000}
            """;

    /** Chips listed in another order than the table's cells, to show the mapping by cell id. */
    static final String GPIO = """
            table: table.yaml
            clockPin: 5
            gain: 128
            rateHz: 80
            chips:
              - {cell: bar, dataPin: 6}
              - {cell: leg-head, dataPin: 13}
              - {cell: leg-foot, dataPin: 19}
            alarm:
              buzzerPin: 17
              lightPin: 27
            """;

    private GpioFiles() {
    }

    static void writeTable(Path dir, String text) {
        try {
            Files.writeString(dir.resolve("table.yaml"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes table.yaml and gpio.yaml (with {@code gpioText}) into {@code dir}; returns gpio.yaml. */
    static Path write(Path dir, String gpioText) {
        try {
            Files.writeString(dir.resolve("table.yaml"), TABLE);
            return Files.writeString(dir.resolve("gpio.yaml"), gpioText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
