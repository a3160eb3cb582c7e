package dev.ashiatsu.bench.pi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void refusesUnknownNamesAndOutOfRangeNumbers() {
        var defaults = Map.of("seconds", "120");
        assertEquals("60", Options.parse(new String[] {"--seconds", "60"}, defaults).get("seconds"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Options.parse(new String[] {"--minutes", "3"}, defaults));
        assertTrue(unknown.getMessage().contains("--minutes"), unknown.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> Options.integer(Map.of("seconds", "5"), "seconds", 20, 100));
        assertTrue(range.getMessage().startsWith("--seconds: 5"), range.getMessage());
    }
}
