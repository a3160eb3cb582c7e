package dev.ashiatsu.core.config;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The table: its size (cm), the nominal sample rate (Hz) and its cells in channel order, which is the
 * order of the values in a data line and the columns of a recording. Sizes, rate and every table cell's
 * position are checked against {@link Ranges} (a position within the table plus the margin).
 */
public record TableConfig(String name, double lengthCm, double widthCm, double sampleRateHz, List<CellConfig> cells) {

    public TableConfig {
        Objects.requireNonNull(name, "name");
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        Ranges.TABLE_SIZE_CM.check("lengthCm", lengthCm);
        Ranges.TABLE_SIZE_CM.check("widthCm", widthCm);
        Ranges.SAMPLE_RATE_HZ.check("sampleRateHz", sampleRateHz);
        if (cells.isEmpty()) {
            throw new InvalidField("cells", "must list at least one cell");
        }
        var ids = new HashSet<String>();
        FieldRange along = Ranges.along(lengthCm);
        FieldRange across = Ranges.across(widthCm);
        for (int i = 0; i < cells.size(); i++) {
            CellConfig cell = cells.get(i);
            if (!ids.add(cell.id())) {
                throw new InvalidField("cells[" + i + "].id", "'" + cell.id() + "' appears twice");
            }
            along.check("cells[" + i + "].xCm", cell.xCm());
            across.check("cells[" + i + "].yCm", cell.yCm());
        }
        if (cells.stream().noneMatch(CellConfig::isTable)) {
            throw new InvalidField("cells", "must include at least one table cell");
        }
    }

    public int channelCount() {
        return cells.size();
    }

    /** The channel index of a cell id, or -1. */
    public int indexOf(String cellId) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).id().equals(cellId)) {
                return i;
            }
        }
        return -1;
    }

    public TableConfig withCells(List<CellConfig> newCells) {
        return new TableConfig(name, lengthCm, widthCm, sampleRateHz, newCells);
    }
}
