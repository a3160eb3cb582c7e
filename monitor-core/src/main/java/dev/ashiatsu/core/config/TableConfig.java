package dev.ashiatsu.core.config;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The table: its size (cm), the nominal sample rate (Hz) and its cells in channel order, which is the
 * order of the values in a data line and the columns of a recording.
 */
public record TableConfig(String name, double lengthCm, double widthCm, double sampleRateHz, List<CellConfig> cells) {

    public TableConfig {
        Objects.requireNonNull(name, "name");
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        if (!(lengthCm > 0) || !(widthCm > 0)) {
            throw new IllegalArgumentException("lengthCm and widthCm must be positive");
        }
        if (!(sampleRateHz > 0) || sampleRateHz > 10_000) {
            throw new IllegalArgumentException("sampleRateHz must be in (0, 10000], was " + sampleRateHz);
        }
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("cells must list at least one cell");
        }
        var ids = new HashSet<String>();
        for (CellConfig cell : cells) {
            if (!ids.add(cell.id())) {
                throw new IllegalArgumentException("cell id '" + cell.id() + "' appears twice");
            }
        }
        if (cells.stream().noneMatch(CellConfig::isTable)) {
            throw new IllegalArgumentException("cells must include at least one table cell");
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
