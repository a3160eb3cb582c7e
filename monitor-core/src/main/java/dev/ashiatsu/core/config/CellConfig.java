package dev.ashiatsu.core.config;

import java.util.Objects;

/**
 * One load cell: its channel id, role, position on the table (cm; x along the table from the head end,
 * y across it; ignored for bar cells) and calibration ({@code kg = (raw - offset) / countsPerKg}).
 * Every number is checked against {@link Ranges}; the table checks the position against its own size.
 *
 * @param offset      raw counts at zero load, within the ADC's 24-bit range
 * @param countsPerKg raw counts per kg-force; negative for cells mounted in tension, never zero
 */
public record CellConfig(String id, CellRole role, double xCm, double yCm, double offset, double countsPerKg) {

    public CellConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        if (id.isBlank()) {
            throw new InvalidField("id", "must not be blank");
        }
        Ranges.ALONG_ANY_TABLE_CM.check("xCm", xCm);
        Ranges.ACROSS_ANY_TABLE_CM.check("yCm", yCm);
        Ranges.OFFSET.check("offset", offset);
        Ranges.checkCountsPerKg("countsPerKg", countsPerKg);
    }

    /** Converts a raw ADC reading to kg-force with this cell's calibration. */
    public double toKg(double raw) {
        return (raw - offset) / countsPerKg;
    }

    /** The raw reading this cell would give for a load in kg-force (the inverse of {@link #toKg}). */
    public double toRaw(double kg) {
        return kg * countsPerKg + offset;
    }

    public boolean isTable() {
        return role == CellRole.TABLE;
    }

    public CellConfig withCalibration(double newOffset, double newCountsPerKg) {
        return new CellConfig(id, role, xCm, yCm, newOffset, newCountsPerKg);
    }
}
