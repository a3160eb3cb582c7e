package dev.ashiatsu.bridge.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.IOType;

/** Pi4J contexts on real GPIO hardware. */
final class Pi4jContexts {

    private Pi4jContexts() {
    }

    /**
     * An auto-detected context, refused when Pi4J found only its mock providers (on a machine without
     * GPIO it falls back to them, and a mock DOUT would read as a chip always ready with 0).
     *
     * @param user what the context is for, for the message
     * @throws IllegalStateException when there is no GPIO hardware here
     */
    static Context hardware(String user) {
        Context pi4j = Pi4J.newAutoContext();
        var providers = pi4j.providers().all(IOType.DIGITAL_INPUT).keySet();
        if (providers.stream().allMatch(id -> id.startsWith("mock"))) {
            pi4j.shutdown();
            throw new IllegalStateException("no GPIO hardware here for " + user + " (Pi4J digital input providers: "
                    + providers + "); it runs on a Raspberry Pi");
        }
        return pi4j;
    }
}
