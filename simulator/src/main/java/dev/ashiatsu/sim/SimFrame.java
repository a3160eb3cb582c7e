package dev.ashiatsu.sim;

import dev.ashiatsu.bridge.protocol.LineEncoder;
import dev.ashiatsu.sim.scenario.Moment;
import java.util.List;

/**
 * One sample period of a simulated session, in every form the outputs need.
 *
 * @param tMs         host time in ms since the start (sampling jitter included); never goes backwards
 * @param seq         the device's sequence number (restarts at 0 after a device reset)
 * @param micros      the device's microseconds since boot
 * @param delivered   false when the frame never reaches the host (cable pulled, line corrupted on the wire)
 * @param corrupted   true when its serial line is sent but spoiled on the wire
 * @param afterReset  true for the first frame after a device reset (a hello line goes before it)
 * @param physicalKg  every channel's true load, without sensor faults (kg)
 * @param trueKg      the noise-free signal the monitor should see: physical loads with the channel faults
 *                    (spike, stale, saturated, stuck, dropped samples) applied and a 0.2 g alternating dither
 *                    that keeps healthy channels from reading the same value twice; NaN where missing
 * @param trueCounts  {@code trueKg} as the ADC counts of the real calibration ({@code LineEncoder.MISSING} where missing)
 * @param counts      what the ADCs send: noisy, drifting counts; {@code LineEncoder.MISSING} where missing
 * @param kg          {@code counts} through the calibration (kg), NaN where missing: what a recording stores
 * @param buttons     the button changes since the previous frame, in time order, each at or before this frame's
 *                    time; always delivered (the wire faults spoil only the data lines)
 */
public record SimFrame(int index, double tMs, int seq, long micros, boolean delivered, boolean corrupted,
                       boolean afterReset, Moment moment, double[] physicalKg, double[] trueKg, long[] trueCounts, long[] counts,
                       double[] kg, List<ButtonChange> buttons) {

    public SimFrame {
        buttons = List.copyOf(buttons);
    }

    /** Counts as frame values: NaN where a count is {@code LineEncoder.MISSING}. */
    public static double[] values(long[] counts) {
        double[] values = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            values[i] = counts[i] == LineEncoder.MISSING ? Double.NaN : counts[i];
        }
        return values;
    }
}
