package dev.ashiatsu.bench.pi;

/**
 * Maps a time on the frames' clock (ms, as {@code tMs} and an alarm's {@code startMs}) to the wall clock
 * (us since the epoch) from the updates a viewer receives. Each update carries both its frame's {@code tMs}
 * and {@code frameEpochUs}, the moment the frame entered the server; their difference is the clock offset
 * plus how late the source handed that frame over. The smallest difference over the last {@link #WINDOW}
 * updates (10 s at 25 a second) is taken as the offset: the frame handed over most promptly. An alarm's start
 * frame then entered the server at about {@code startMs * 1000 + offset} (within the simulator's timing
 * jitter, at most an eighth of a sample period). Not thread-safe: one per viewer.
 */
final class FrameClock {

    static final int WINDOW = 250;

    private final long[] offsetsUs = new long[WINDOW];
    private int count;
    private int next;

    /** One update: its frame time (ms, frames' clock) and when the frame entered the server (us since the epoch). */
    void update(double tMs, long frameEpochUs) {
        offsetsUs[next] = frameEpochUs - Math.round(tMs * 1000);
        next = (next + 1) % WINDOW;
        count = Math.min(WINDOW, count + 1);
    }

    /** True once an update has been seen. */
    boolean ready() {
        return count > 0;
    }

    /** The wall-clock time (us since the epoch) of frame time {@code tMs}; needs {@link #ready()}. */
    long epochUs(double tMs) {
        if (count == 0) {
            throw new IllegalStateException("no update seen yet: the frames' clock is not known");
        }
        long min = Long.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            min = Math.min(min, offsetsUs[i]);
        }
        return Math.round(tMs * 1000) + min;
    }
}
