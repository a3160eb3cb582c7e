package dev.ashiatsu.dashboard.review;

import java.util.List;

/**
 * The straight line through one figure of a practitioner's sessions, in session order (least squares over
 * the session's index 0, 1, 2, ...; sessions without the figure are left out).
 *
 * @param sessions       sessions that have the figure
 * @param first          the line's value at the first of them
 * @param last           the line's value at the last of them
 * @param perSession     the line's slope: change per session, in the figure's unit
 */
public record Trend(int sessions, double first, double last, double perSession) {

    /** Null when fewer than two sessions have the figure (no line). {@code values} holds nulls for missing ones. */
    static Trend of(List<Double> values) {
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        int firstIndex = -1, lastIndex = -1;
        for (int i = 0; i < values.size(); i++) {
            Double y = values.get(i);
            if (y == null) {
                continue;
            }
            firstIndex = firstIndex < 0 ? i : firstIndex;
            lastIndex = i;
            n++;
            sx += i;
            sy += y;
            sxx += (double) i * i;
            sxy += i * y;
        }
        if (n < 2) {
            return null;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        return new Trend((int) n, round(intercept + slope * firstIndex), round(intercept + slope * lastIndex), round(slope));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
