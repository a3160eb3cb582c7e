package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.TareCheck;

/**
 * Setting the zeros now (a tare, or a cell's unloaded calibration reading) would be unsafe: the table is
 * not empty or the load not steady. The web layer answers 409 with the check's figures.
 */
public final class TareRefused extends RuntimeException {

    private final transient TareCheck check;

    public TareRefused(String what, TareCheck check) {
        super(what + " refused: " + check.reason());
        this.check = check;
    }

    public TareCheck check() {
        return check;
    }
}
