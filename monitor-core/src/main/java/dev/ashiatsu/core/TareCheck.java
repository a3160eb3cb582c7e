package dev.ashiatsu.core;

/**
 * Whether the zeros may be set now (a tare, or a cell's unloaded calibration reading), and if not, why.
 * Setting the zeros with a client or the practitioner on the table would take their weight for nothing
 * and switch the limits off, so it is safe only when the automatic phase is EMPTY and the load steady.
 *
 * @param phase          the phase shown now (it may be forced by hand)
 * @param forced         whether that phase is forced by hand (the manual override)
 * @param automaticEmpty whether the automatic rule says EMPTY ({@code T < 10 kg})
 * @param tableKg        {@code T}, the table-cell load now (kg)
 * @param barKg          {@code B}, the bar-cell load now (kg)
 * @param steady         whether table and bars have been steady for the last 2 s
 */
public record TareCheck(Phase phase, boolean forced, boolean automaticEmpty, double tableKg, double barKg, boolean steady) {

    /** True when the zeros may be set now. */
    public boolean safe() {
        return phase == Phase.EMPTY && automaticEmpty && steady;
    }

    /** Why not, for people; null when {@link #safe()}. */
    public String reason() {
        if (phase != Phase.EMPTY) {
            return String.format("the phase is %s with %.1f kg on the table: the table must be empty", phase,
                    tenths(tableKg));
        }
        if (!automaticEmpty) {
            return String.format("%.1f kg on the table (the phase is EMPTY only by hand): the table must be empty",
                    tenths(tableKg));
        }
        if (!steady) {
            return String.format("the load is not steady (%.1f kg on the table, %.1f kg on the bars): keep the "
                    + "table and bars still for 2 s and try again", tenths(tableKg), tenths(barKg));
        }
        return null;
    }

    /** Rounded to 0.1 kg, so a reading of -0.01 kg shows as 0.0, not -0.0. */
    private static double tenths(double kg) {
        return Math.round(kg * 10) / 10.0;
    }
}
