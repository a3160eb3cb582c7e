package dev.ashiatsu.bridge.protocol;

import dev.ashiatsu.core.source.Input;
import java.util.List;

/**
 * A hello line: {@code H,<protocolVersion>,<firmwareVersion>,<channels>,<rateHz>}. The firmware field may
 * carry a token {@code inputs=<code>[+<code>...]} (space-separated from the version) announcing the buttons
 * the device sends as input lines; an old bridge reads that token as part of the version text.
 *
 * @param protocolVersion always 1 (other versions are rejected)
 * @param firmwareVersion the firmware field without its {@code inputs=} token
 * @param channels        the number of values in each data line
 * @param rateHz          the nominal frame rate
 * @param inputs          the announced buttons this bridge knows, in announced order; empty for old firmware
 */
public record Hello(int protocolVersion, String firmwareVersion, int channels, double rateHz, List<Input> inputs)
        implements ParsedLine {

    public Hello {
        inputs = List.copyOf(inputs);
    }

    /** A hello announcing no inputs (firmware before input lines). */
    public Hello(int protocolVersion, String firmwareVersion, int channels, double rateHz) {
        this(protocolVersion, firmwareVersion, channels, rateHz, List.of());
    }
}
