package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.Phase;
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

    /**
     * Refuses a new calibration while the phase is LOADED: the monitor restarts with it and captures the
     * client's baseline afresh, so with the practitioner on the client it would have no baseline while the
     * bars are held, then take client and practitioner together for the client, and the limits would not apply.
     */
    public static void requireNotLoadedForNewCalibration(TareCheck check) {
        if (check.forced() && !check.automaticEmpty()) {
            throw new TareRefused(String.format("saving the calibration refused: the phase is %s by hand with %.1f kg "
                    + "on the table, so whether the practitioner is on the client cannot be told; set the phase back "
                    + "to automatic and save when the practitioner is off the client", check.phase(),
                    Math.round(check.tableKg() * 10) / 10.0), check);
        }
        if (check.phase() == Phase.LOADED) {
            throw new TareRefused(String.format("saving the calibration refused: the phase is LOADED (%.1f kg on the "
                    + "table, %.1f kg on the bars): the monitor restarts with the new calibration and would take the "
                    + "practitioner's load for the client's own weight; save when the practitioner is off the client",
                    Math.round(check.tableKg() * 10) / 10.0, Math.round(check.barKg() * 10) / 10.0), check);
        }
    }

    public TareCheck check() {
        return check;
    }
}
