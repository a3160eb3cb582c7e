package dev.ashiatsu.bridge.protocol;

/**
 * Frame times in ms, never going backwards, from the device's 32-bit microsecond clock or from host
 * receive times.
 *
 * <ul>
 *   <li>Device clock: {@code micros / 1000} plus an offset that grows by 2^32 us at each wrap; after a reset
 *       the next frame comes one nominal period after the last, and the device clock runs on from there.</li>
 *   <li>Host receive time, when given: that time, held at the last frame's time if it went backwards; the
 *       offset follows it so that device-clock frames could continue seamlessly.</li>
 * </ul>
 * Not thread-safe.
 */
public final class FrameClock {

    /** How a frame's clock reading relates to the previous frame's, as the caller judged it. */
    public enum Step { FIRST, CONTINUES, WRAPPED, RESTARTED }

    static final long CLOCK_RANGE_MICROS = 1L << 32;
    private static final double WRAP_SLACK_MICROS = 60e6;

    private double periodMs;
    private boolean started;
    private long lastMicros;
    private double offsetMs;
    private double lastMs;

    /** @param nominalRateHz the frame rate until a hello says otherwise; sets the period used after a reset */
    public FrameClock(double nominalRateHz) {
        setNominalRate(nominalRateHz);
    }

    public void setNominalRate(double rateHz) {
        if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("nominal rate must be a positive number of Hz, was " + rateHz);
        }
        periodMs = 1000.0 / rateHz;
    }

    public double nominalPeriodMs() {
        return periodMs;
    }

    /** True once a frame has been timed. */
    public boolean started() {
        return started;
    }

    /** True when {@code micros} is below the last frame's reading (a wrap or a reset). */
    public boolean goesBack(long micros) {
        return started && micros < lastMicros;
    }

    /**
     * Whether a clock that went back to {@code micros} can be the counter wrapping: the forward distance
     * across the wrap is at most twice the nominal time of {@code seqAdvance} frames plus 60 s (a stalled
     * device), and the sequence number moved forward by less than half its range.
     */
    public boolean isWrap(long micros, int seqAdvance) {
        long forward = micros + CLOCK_RANGE_MICROS - lastMicros;
        return seqAdvance < 0x8000 && forward <= seqAdvance * periodMs * 2000 + WRAP_SLACK_MICROS;
    }

    /**
     * The time of a line between frames (a button change), without moving the clock: its host receive time,
     * or else its device time on the last frame's offset; never before the last frame. A device time before
     * the last frame's (a wrap or reset not yet seen in a frame) gets the last frame's time.
     *
     * @param receivedMs the host's receive time, or NaN to use the device clock
     */
    public double timeBetweenFrames(long micros, double receivedMs) {
        if (!Double.isNaN(receivedMs)) {
            return started ? Math.max(receivedMs, lastMs) : receivedMs;
        }
        if (!started) {
            return micros / 1000.0;
        }
        if (micros < lastMicros) {
            return lastMs;
        }
        return Math.max(offsetMs + micros / 1000.0, lastMs);
    }

    /**
     * The time of the next frame.
     *
     * @param receivedMs the host's receive time, or NaN to use the device clock
     */
    public double next(long micros, Step step, double receivedMs) {
        double deviceMs = micros / 1000.0;
        double t;
        if (!Double.isNaN(receivedMs)) {
            t = started ? Math.max(receivedMs, lastMs) : receivedMs;
            offsetMs = t - deviceMs;
        } else {
            switch (step) {
                case FIRST -> offsetMs = started ? lastMs + periodMs - deviceMs : 0;
                case WRAPPED -> offsetMs += CLOCK_RANGE_MICROS / 1000.0;
                case RESTARTED -> offsetMs = lastMs + periodMs - deviceMs;
                case CONTINUES -> { }
            }
            t = started ? Math.max(offsetMs + deviceMs, lastMs) : offsetMs + deviceMs;
        }
        started = true;
        lastMicros = micros;
        lastMs = t;
        return t;
    }
}
