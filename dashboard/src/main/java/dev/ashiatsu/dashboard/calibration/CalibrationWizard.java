package dev.ashiatsu.dashboard.calibration;

import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.TableConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of a calibration walk through the cells, one cell at a time: record the cell unloaded, then
 * with a known weight, which yields a proposal; accepted proposals are gathered into a new table config.
 * Holds no I/O: the caller captures the readings and stores the table. Thread-safe.
 */
public final class CalibrationWizard {

    private final Map<String, Reading> zeros = new HashMap<>();
    private final Map<String, CellConfig> proposals = new HashMap<>();

    /** Records the unloaded reading of a cell (it must be steady). */
    public synchronized Reading recordZero(CellConfig cell, Reading reading) {
        CalibrationMath.requireSteady(cell, reading, "unloaded");
        zeros.put(cell.id(), reading);
        proposals.remove(cell.id());
        return reading;
    }

    /** Records the loaded reading and returns the proposed calibration; needs the zero first. */
    public synchronized CellConfig recordLoaded(CellConfig cell, Reading loaded, double weightKg) {
        Reading zero = zeros.get(cell.id());
        if (zero == null) {
            throw new CalibrationRejected("record cell " + cell.id() + " unloaded first");
        }
        CellConfig proposal = CalibrationMath.calibrate(cell, zero, loaded, weightKg);
        proposals.put(cell.id(), proposal);
        return proposal;
    }

    public synchronized Optional<CellConfig> proposal(String cellId) {
        return Optional.ofNullable(proposals.get(cellId));
    }

    /** The table with this cell's proposed calibration applied; the proposal is used up. */
    public synchronized TableConfig accept(TableConfig table, String cellId) {
        CellConfig proposal = proposals.get(cellId);
        if (proposal == null) {
            throw new CalibrationRejected("no calibration of cell " + cellId + " to save: record it unloaded, then loaded");
        }
        List<CellConfig> cells = table.cells().stream().map(c -> c.id().equals(cellId) ? proposal : c).toList();
        proposals.remove(cellId);
        zeros.remove(cellId);
        return table.withCells(cells);
    }
}
