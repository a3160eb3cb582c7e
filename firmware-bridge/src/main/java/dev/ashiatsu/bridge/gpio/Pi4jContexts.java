package dev.ashiatsu.bridge.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.IOType;

/**
 * The process's one Pi4J context on real GPIO hardware. One only: Pi4J's gpiod library keeps one open
 * GPIO chip per process, so shutting down a second context would close the first one's pins too. The
 * context lives until the JVM exits; a shutdown hook then shuts it down, which drives every output to its
 * shutdown level (the alarm devices off, the HX711 clock low).
 */
final class Pi4jContexts {

    private static Context shared;

    private Pi4jContexts() {
    }

    /**
     * The shared context, made on first use; refused when Pi4J finds only its mock providers (on a
     * machine without GPIO it falls back to them, and a mock DOUT would read as a chip always ready with 0).
     *
     * @param user what it is for, for the message
     * @throws IllegalStateException when there is no GPIO hardware here
     */
    static synchronized Context hardware(String user) {
        if (shared == null) {
            Context pi4j = Pi4J.newAutoContext();
            var providers = pi4j.providers().all(IOType.DIGITAL_INPUT).keySet();
            if (providers.stream().allMatch(id -> id.startsWith("mock"))) {
                pi4j.shutdown();
                throw new IllegalStateException("no GPIO hardware here for " + user + " (Pi4J digital input providers: "
                        + providers + "); it runs on a Raspberry Pi");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(pi4j::shutdown, "pi4j-shutdown"));
            shared = pi4j;
        }
        return shared;
    }
}
