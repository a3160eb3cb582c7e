package dev.ashiatsu.sim;

import dev.ashiatsu.core.config.TableConfig;

/** Calibration helpers for the outputs that carry kg instead of counts. */
public final class Calibrations {

    private Calibrations() {
    }

    /** The same table with every cell at offset 0 and 1 count per kg: the config that reads a kg recording. */
    public static TableConfig inKg(TableConfig table) {
        return table.withCells(table.cells().stream().map(cell -> cell.withCalibration(0, 1)).toList());
    }
}
