package dev.ashiatsu.bridge.serial;

import dev.ashiatsu.core.source.Clock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SerialFrameSource} runs.
 *
 * @param captureFile  where to save every received line as {@code @<epoch ms> <line>}, or null for none
 * @param clock        frames are timed on its monotonic reading; capture prefixes are its wall clock (epoch ms)
 * @param firstRetry   the first delay before reopening a lost port; doubles on each failure
 * @param maxRetry     the longest delay between reopening attempts
 * @param opener       opens a port by path and baud rate
 */
public record SerialOptions(Path captureFile, Clock clock, Duration firstRetry,
                            Duration maxRetry, Opener opener) {

    /** Opens a serial port. */
    @FunctionalInterface
    public interface Opener {
        SerialLink open(String path, int baudRate) throws IOException;
    }

    public SerialOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(opener, "opener");
        new Backoff(firstRetry, maxRetry);
    }

    /** No capture, system clocks, reopening after 0.25 s doubling to 5 s, jSerialComm. */
    public static SerialOptions defaults() {
        return new SerialOptions(null, Clock.SYSTEM, Duration.ofMillis(250),
                Duration.ofSeconds(5), JSerialCommLink::open);
    }

    public SerialOptions withCapture(Path file) {
        return new SerialOptions(file, clock, firstRetry, maxRetry, opener);
    }

    public SerialOptions withClock(Clock newClock) {
        return new SerialOptions(captureFile, newClock, firstRetry, maxRetry, opener);
    }

    public SerialOptions withRetry(Duration first, Duration max) {
        return new SerialOptions(captureFile, clock, first, max, opener);
    }
}
