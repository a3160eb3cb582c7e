package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.TareCheck;

/**
 * Setting the zeros now (a tare, or a cell's unloaded calibration reading) would be unsafe: the table is
 * not empty or the load not steady. The web layer answers 409 with the check's figures.
 */
public final class TareRefused extends RuntimeException {

    private final transient TareCheck check;

    private TareRefused(String message, TareCheck check) {
        super(message);
        this.check = check;
    }

    /** A tare refused. */
    public static TareRefused tare(TareCheck check) {
        return new TareRefused("tare refused: " + check.reason(), check);
    }

    /** A cell's unloaded calibration reading refused; a new table's way out is named. */
    public static TareRefused unloadedReading(TareCheck check) {
        return new TareRefused("the unloaded reading refused: " + check.reason() + " (a table never calibrated "
                + "reads nonsense: calibrate it first with ./ashiatsu calibrate --uncalibrated, the table empty)", check);
    }

    public TareCheck check() {
        return check;
    }
}
