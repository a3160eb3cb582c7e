package dev.ashiatsu.core.source;

/**
 * What a source read and rejected, as in the {@code input} object of the analyze report.
 *
 * @param framesRead    frames accepted
 * @param linesRejected lines rejected for any reason (bad checksum included)
 * @param crcErrors     lines rejected for a bad checksum
 * @param seqGaps       jumps in the sequence number between accepted frames, once per jump
 * @param resets        device resets
 */
public record InputCounters(long framesRead, long linesRejected, long crcErrors, long seqGaps, long resets) {

    public static final InputCounters NONE = new InputCounters(0, 0, 0, 0, 0);

    public static InputCounters framesOnly(long framesRead) {
        return new InputCounters(framesRead, 0, 0, 0, 0);
    }
}
