package dev.ashiatsu.recorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfluxSettingsTest {

    @TempDir
    Path dir;

    @Test
    void noUrlMeansNoInfluxDb() {
        assertNull(InfluxSettings.resolve(null, null, null, null, Map.of(InfluxSettings.TOKEN_ENV, "t")));
    }

    @Test
    void theTokenComesFromTheEnvironmentOrAFileNeverFromAnOption() throws Exception {
        assertEquals("from-env", InfluxSettings.resolve("http://h:8086", "o", "b", null,
                Map.of(InfluxSettings.TOKEN_ENV, "from-env")).token());
        Path file = Files.writeString(dir.resolve("token"), "from-file\n");
        assertEquals("from-file", InfluxSettings.resolve("http://h:8086", "o", "b", file,
                Map.of(InfluxSettings.TOKEN_ENV, "from-env")).token());
        assertFalse(InfluxSettings.resolve("http://h:8086", "o", "b", file, Map.of()).toString().contains("from-file"),
                "the token never shows in logs");
    }

    @Test
    void missingPiecesAreNamed() {
        assertEquals("--influx-url needs a token: set INFLUX_TOKEN or give --influx-token-file",
                assertThrows(IllegalArgumentException.class,
                        () -> InfluxSettings.resolve("http://h:8086", "o", "b", null, Map.of())).getMessage());
        assertEquals("--influx-org is required with --influx-url", assertThrows(IllegalArgumentException.class,
                () -> InfluxSettings.resolve("http://h:8086", null, "b", null, Map.of(InfluxSettings.TOKEN_ENV, "t"))).getMessage());
        assertEquals("--influx-url must start with http:// or https://, was 'h:8086'", assertThrows(IllegalArgumentException.class,
                () -> InfluxSettings.resolve("h:8086", "o", "b", null, Map.of(InfluxSettings.TOKEN_ENV, "t"))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> InfluxSettings.resolve(null, "o", null, null, Map.of()), "org without url");
        assertThrows(IllegalArgumentException.class,
                () -> InfluxSettings.resolve("http://h:8086", "o", "b", dir.resolve("missing"), Map.of()));
    }
}
