package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.report.StrokeDoseJson;
import dev.ashiatsu.core.stroke.Stroke;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A session's strokes as CSV, one row per stroke in order, under a header row (docs/review.md, "Strokes in
 * the export"): {@link #HEADER}. Times are ms from the session's first frame, as in the recording CSV (so
 * {@code analyze} on that export finds the strokes at the same times); {@code zones} are the zone names in
 * the order first reached, separated by {@code ;}; numbers are rounded as in {@code analyze}'s report and a
 * figure that cannot be computed is an empty cell. Pure.
 */
final class StrokeCsv {

    static final String HEADER = "stroke,start_ms,end_ms,duration_ms,zones,peak_kg,peak_fraction,impulse_kg_s,"
            + "time_to_peak_ms,loading_rate_kg_per_s,extra_peaks";

    private StrokeCsv() {
    }

    /** @param t0 the session's first frame (ms on its clock), subtracted from every time */
    static void write(List<Stroke> strokes, double t0, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        int n = 0;
        for (Stroke s : strokes) {
            n++;
            out.write(String.join(",", String.valueOf(n), number(s.startMs() - t0, 1), number(s.endMs() - t0, 1),
                    number(s.durationMs(), 1), s.zones().stream().map(Zone::name).collect(Collectors.joining(";")),
                    number(s.peakKg(), 2), number(s.peakFraction(), 4), number(s.impulseKgS(), 2),
                    number(s.timeToPeakMs(), 1), number(s.loadingRateKgPerS(), 2), String.valueOf(s.extraPeaks())));
            out.write('\n');
        }
    }

    /** Rounded as the JSON report rounds; plain decimal notation; empty when not finite. */
    private static String number(double value, int decimals) {
        Double rounded = StrokeDoseJson.round(value, decimals);
        return rounded == null ? "" : BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }
}
