package dev.ashiatsu.bridge.gpio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.config.ConfigException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GpioConfigReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsPinsChipsGainRateAndTheTableItNames() {
        GpioConfig config = GpioConfigReader.read(GpioFiles.write(dir, GpioFiles.GPIO));

        assertEquals(5, config.clockPin());
        assertEquals(Hx711Gain.A_128, config.gain());
        assertEquals(80, config.rateHz());
        assertEquals(18.75, config.readyTimeoutMs(), 1e-9, "default: 1.5 conversion periods");
        assertEquals(List.of(new ChipConfig("bar", 6), new ChipConfig("leg-head", 13), new ChipConfig("leg-foot", 19)),
                config.chips());
        assertArrayEquals(new int[] {2, 0, 1}, config.channelOfChip());
        assertEquals("test table", config.table().name());
        assertEquals(dir.resolve("table.yaml").toAbsolutePath(), config.tableFile().toAbsolutePath());
        assertEquals(new AlarmPins(17, 27, true), config.alarm());
    }

    @Test
    void alarmPinsAndTimeoutAreOptional() {
        String text = GpioFiles.GPIO.substring(0, GpioFiles.GPIO.indexOf("alarm:"))
                .replace("gain: 128", "gain: 32").replace("rateHz: 80", "rateHz: 10\nreadyTimeoutMs: 250");
        GpioConfig config = GpioConfigReader.read(GpioFiles.write(dir, text));

        assertNull(config.alarm());
        assertEquals(Hx711Gain.B_32, config.gain());
        assertEquals(250, config.readyTimeoutMs());
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            clockPin: 5          | clockPin: 28              | clockPin: must be a BCM GPIO number 0..27, was 28
            clockPin: 5          | clockPin: five            | clockPin: must be a whole number, was 'five'
            clockPin: 5          | clockPin: 6               | chips[0].dataPin: GPIO 6 is already used by clockPin
            'clockPin: 5\n'      | ''                        | clockPin: is required
            gain: 128            | gain: 100                 | gain: must be 128, 64 (channel A) or 32 (channel B), was 100
            rateHz: 80           | rateHz: 40                | rateHz: must be 10 or 80 (the chips' RATE pin), was 40
            rateHz: 80           | rateHz: 80\\nreadyTimeoutMs: 0 | readyTimeoutMs: must be in (0, 1000], was 0.0
            rateHz: 80           | rateHz: 80\\nclockpin: 3  | clockpin: is not a known field; did you mean clockPin?
            {cell: bar,          | {cell: bars,              | chips[0].cell: 'bars' is not a cell of test table
            {cell: leg-foot,     | {cell: leg-head,          | chips[2].cell: 'leg-head' already has a chip
            dataPin: 19          | dataPin: 13               | chips[2].dataPin: GPIO 13 is already used by chips[1].dataPin
            dataPin: 6}          | pin: 6}                   | chips[0].pin: is not a known field (known: cell, dataPin)
            lightPin: 27         | lightPin: 17              | alarm.lightPin: GPIO 17 is already used by alarm.buzzerPin
            table: table.yaml    | table: missing.yaml       | missing.yaml: no such file
            """)
    void aBadConfigNamesTheFileTheFieldAndTheRule(String original, String replacement, String expected) {
        String text = GpioFiles.GPIO.replace(original.replace("\\n", "\n"), replacement.replace("\\n", "\n"));
        Path file = GpioFiles.write(dir, text);

        ConfigException e = assertThrows(ConfigException.class, () -> GpioConfigReader.read(file));

        assertTrue(e.getMessage().startsWith(file.toString()) || e.getMessage().startsWith(dir.resolve("missing.yaml").toString()),
                e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void everyTableCellNeedsAChip() {
        String text = GpioFiles.GPIO.replace("  - {cell: leg-foot, dataPin: 19}\n", "");
        Path file = GpioFiles.write(dir, text);

        ConfigException e = assertThrows(ConfigException.class, () -> GpioConfigReader.read(file));

        assertEquals(file + ": chips: table cell 'leg-foot' has no chip", e.getMessage());
    }

    @Test
    void atMostEightChipsShareAClock() {
        StringBuilder chips = new StringBuilder("chips:\n");
        for (int i = 0; i < 9; i++) {
            chips.append("  - {cell: c").append(i).append(", dataPin: ").append(6 + i).append("}\n");
        }
        String text = GpioFiles.GPIO.substring(0, GpioFiles.GPIO.indexOf("chips:")) + chips;
        Path file = GpioFiles.write(dir, text);

        ConfigException e = assertThrows(ConfigException.class, () -> GpioConfigReader.read(file));

        assertEquals(file + ": chips: must be a list of 1 to 8 chips (one clock drives at most 8)", e.getMessage());
    }

    @Test
    void anErrorInTheTableConfigNamesTheTableFile() {
        Path file = GpioFiles.write(dir, GpioFiles.GPIO);
        GpioFiles.writeTable(dir, GpioFiles.TABLE.replace("countsPerKg: 1000}", "countsPerKg: 0}"));

        ConfigException e = assertThrows(ConfigException.class, () -> GpioConfigReader.read(file));

        assertTrue(e.getMessage().startsWith(dir.resolve("table.yaml").toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("countsPerKg"), e.getMessage());
    }

    @Test
    void textThatIsNotYamlGivesTheLine() {
        Path file = GpioFiles.write(dir, "table: table.yaml\nchips: [\n  {cell: bar\n");

        ConfigException e = assertThrows(ConfigException.class, () -> GpioConfigReader.read(file));

        assertTrue(e.getMessage().matches("\\Q" + file + "\\E:\\d+: not valid YAML or JSON .*"), e.getMessage());
    }
}
