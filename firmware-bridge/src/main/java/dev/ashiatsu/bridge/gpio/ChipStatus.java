package dev.ashiatsu.bridge.gpio;

/** What became of one chip's reading in one clock train. Only {@link #OK} carries a value. */
public enum ChipStatus {
    /** A valid 24-bit reading at the configured gain. */
    OK,
    /** The chip never signalled ready (DOUT stayed high) before the timeout: it was not read. */
    NOT_READY,
    /**
     * Read, but not to be trusted: a clock high phase ran past 60 us (the chips power down), or DOUT did
     * not return high after the train (no chip is answering on that pin, or it lost step).
     */
    SUSPECT,
    /**
     * Read, but discarded: the conversion may have been made on another gain than the configured one
     * (after power-up or a reset), or the chip is just back from not answering and may be out of step.
     */
    SETTLING
}
