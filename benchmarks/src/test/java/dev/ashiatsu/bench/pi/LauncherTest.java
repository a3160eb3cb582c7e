package dev.ashiatsu.bench.pi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void readsTheDefaultsLineOfTheRealLauncher() throws Exception {
        String opts = Launcher.defaultJavaOpts(Path.of("..").toAbsolutePath().normalize());
        assertTrue(opts.contains("-XX:+UseSerialGC"), opts);
        assertFalse(opts.contains("\""), opts);
    }

    @Test
    void namesTheFileWhenTheLineIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Launcher.defaultJavaOpts("#!/bin/sh\nexec java -jar x.jar\n", Path.of("/opt/ashiatsu/ashiatsu")));
        assertTrue(e.getMessage().startsWith("/opt/ashiatsu/ashiatsu: "), e.getMessage());
    }
}
