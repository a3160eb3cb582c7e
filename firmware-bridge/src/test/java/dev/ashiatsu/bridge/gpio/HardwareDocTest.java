package dev.ashiatsu.bridge.gpio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.source.Input;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example GPIO config in docs/hardware.md is valid for the example table and matches its wiring table. */
class HardwareDocTest {

    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void theExampleGpioConfigParsesAndAgreesWithTheWiringTable() throws IOException {
        String doc = Files.readString(DOCS.resolve("hardware.md"));
        int section = doc.indexOf("### The GPIO config");
        int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));

        GpioConfig config = GpioConfigReader.parse("docs/hardware.md", yaml, DOCS.resolve("examples"));

        assertEquals(List.of("T1", "T2", "T3", "T4", "B1", "B2"), config.chips().stream().map(ChipConfig::cellId).toList());
        assertTrue(doc.contains("| " + config.clockPin() + " | 29 | SCK (PD_SCK) of every HX711"), "clock pin row");
        for (ChipConfig chip : config.chips()) {
            assertTrue(doc.matches("(?s).*\\| " + chip.dataPin() + " \\| \\d+ \\| DT of the HX711 of " + chip.cellId() + " \\|.*"),
                    "wiring row for " + chip);
        }
        assertTrue(doc.contains("| " + config.alarm().buzzerPin() + " | 11 | alarm buzzer"));
        assertTrue(doc.contains("| " + config.alarm().lightPin() + " | 13 | alarm light"));
        assertTrue(doc.contains("| " + config.buttons().pins().get(Input.ACKNOWLEDGE) + " | 15 | the acknowledge button"));
        assertTrue(doc.contains("| " + config.buttons().pins().get(Input.CLIENT_STOP) + " | 16 | the client-stop button"));
    }
}
