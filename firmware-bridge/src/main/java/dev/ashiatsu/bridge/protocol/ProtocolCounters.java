package dev.ashiatsu.bridge.protocol;

import dev.ashiatsu.core.source.InputCounters;
import java.util.Map;

/**
 * A snapshot of what a {@link ProtocolDecoder} has seen.
 *
 * @param framesRead       data lines accepted
 * @param linesRejected    lines rejected for any reason (the sum of {@code rejectedByReason})
 * @param crcErrors        lines rejected for a bad checksum ({@link Rejection#BAD_CHECKSUM})
 * @param seqGaps          jumps in the sequence number between accepted frames, once per jump
 * @param resets           device resets
 * @param clockWraps       wraps of the device's 32-bit microsecond clock (not resets)
 * @param hellos           hello lines accepted
 * @param events           event lines accepted
 * @param inputs           input lines (button presses and releases) accepted
 * @param inputGaps        jumps in the input lines' sequence number, once per jump
 * @param rejectedByReason rejections per reason, every reason present
 */
public record ProtocolCounters(long framesRead, long linesRejected, long crcErrors, long seqGaps, long resets,
                               long clockWraps, long hellos, long events, long inputs, long inputGaps,
                               Map<Rejection, Long> rejectedByReason) {

    public ProtocolCounters {
        rejectedByReason = Map.copyOf(rejectedByReason);
    }

    /** Rejections for one reason. */
    public long rejected(Rejection reason) {
        return rejectedByReason.getOrDefault(reason, 0L);
    }

    /** The core's view: frames, rejections, checksum errors, gaps and resets. */
    public InputCounters toInputCounters() {
        return new InputCounters(framesRead, linesRejected, crcErrors, seqGaps, resets);
    }
}
