package dev.ashiatsu.bridge.gpio;

/**
 * What a {@link GpioFrameSource} read, per chip reading (one chip in one clock train).
 *
 * @param frames          frames delivered
 * @param timeouts        readings missing because the chip never signalled ready
 * @param suspectReadings readings discarded as suspect (a clock high past 60 us, or DOUT wrong after the train)
 * @param settling        readings discarded while a chip's gain was being re-established
 * @param overruns        clock trains with a high phase past 60 us (the chips may have powered down)
 * @param chipResets      deliberate resets of every chip to put them back in step (after a suspect train,
 *                        or when none has answered for a while)
 */
public record GpioCounters(long frames, long timeouts, long suspectReadings, long settling, long overruns,
                           long chipResets) {
}
