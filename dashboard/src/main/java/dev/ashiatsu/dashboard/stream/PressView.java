package dev.ashiatsu.dashboard.stream;

import dev.ashiatsu.core.alarm.StopPress;
import java.util.ArrayList;
import java.util.List;

/**
 * What a CLIENT_STOP press recorded, on the wire (the {@code press} of an {@link AlarmView}).
 *
 * @param appliedKg      A at the press (kg)
 * @param fraction       A / P at the press, null while P was unknown
 * @param historyStartMs where the first history bin starts, on the frames' clock (ms)
 * @param historyStepMs  each bin's width (ms)
 * @param historyKg      the highest A in each bin, oldest first, the last holding the press; null for a bin
 *                       without a frame
 */
public record PressView(Double appliedKg, Double fraction, double historyStartMs, double historyStepMs,
                        List<Double> historyKg) {

    /** The view of a press, or null for none. */
    public static PressView of(StopPress press) {
        if (press == null) {
            return null;
        }
        List<Double> history = new ArrayList<>();
        for (double kg : press.historyKg()) {
            history.add(Numbers.grams(kg));
        }
        return new PressView(Numbers.grams(press.appliedKg()), Numbers.finite(press.fraction()),
                press.historyStartMs(), press.historyStepMs(), history);
    }
}
