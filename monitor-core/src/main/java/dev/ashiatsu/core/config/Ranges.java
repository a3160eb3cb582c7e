package dev.ashiatsu.core.config;

/**
 * The physical range of every number that places or limits something, in one place: the records check
 * their fields against these in their constructors, so files, the HTTP API and {@code analyze} refuse the
 * same values with the same words. docs/core.md lists them.
 *
 * <p>Positions along and across the table may lie up to {@link #MARGIN_CM} beyond its edges (a leg inset
 * from the corner is inside; a crown over a head rest is a little outside); further out, a position would
 * put the client or a cell off the table, and the zone rules would silently never apply.
 */
public final class Ranges {

    /** How far beyond the table's edges a position may lie, in cm. */
    public static final double MARGIN_CM = 50;
    /** A table's length or width: from a load board (about 50 x 30 cm) to a long treatment table. */
    public static final FieldRange TABLE_SIZE_CM = FieldRange.closed(20, 400, "cm");
    /** The nominal rate of frames. */
    public static final FieldRange SAMPLE_RATE_HZ = FieldRange.closed(1, 10_000, "Hz");
    /** A cell's raw reading at zero load: the 24-bit signed range of the ADC. */
    public static final FieldRange OFFSET = FieldRange.closed(-(1 << 23), (1 << 23) - 1, "counts");
    /** The size of {@code countsPerKg}, which may be negative (a cell in tension) but never near zero. */
    public static final FieldRange COUNTS_PER_KG_SIZE = FieldRange.closed(0.001, 1 << 23, "counts/kg");
    /** A position along any table, before its length is known. */
    public static final FieldRange ALONG_ANY_TABLE_CM = FieldRange.closed(-MARGIN_CM, TABLE_SIZE_CM.max() + MARGIN_CM, "cm");
    /** A position across any table, before its width is known. */
    public static final FieldRange ACROSS_ANY_TABLE_CM = FieldRange.closed(-MARGIN_CM, TABLE_SIZE_CM.max() + MARGIN_CM, "cm");
    /** The client's stature. */
    public static final FieldRange HEIGHT_CM = FieldRange.closed(50, 250, "cm");
    /** The absolute limit on the applied load. */
    public static final FieldRange MAX_APPLIED_KG = FieldRange.aboveUpTo(0, 300, "kg");
    /** The limit as a fraction of the practitioner's body weight. */
    public static final FieldRange MAX_FRACTION = FieldRange.aboveUpTo(0, 1, "");
    /** A zone's limit factor: 0 makes the zone no-go, 2 at most doubles the whole-body limit. */
    public static final FieldRange ZONE_FACTOR = FieldRange.closed(0, 2, "");
    /** A person's body weight (practitioner, or the simulator's client). */
    public static final FieldRange WEIGHT_KG = FieldRange.closed(20, 300, "kg");

    private Ranges() {
    }

    /** Positions along a table of this length (cm from the head end): {@code [-50, lengthCm + 50]}. */
    public static FieldRange along(double lengthCm) {
        return FieldRange.closed(-MARGIN_CM, lengthCm + MARGIN_CM, "cm on a " + FieldRange.format(lengthCm) + " cm long table");
    }

    /** Positions across a table of this width: {@code [-50, widthCm + 50]}. */
    public static FieldRange across(double widthCm) {
        return FieldRange.closed(-MARGIN_CM, widthCm + MARGIN_CM, "cm on a " + FieldRange.format(widthCm) + " cm wide table");
    }

    /** {@code countsPerKg} when it is finite, not zero and of a size in {@link #COUNTS_PER_KG_SIZE}. */
    public static double checkCountsPerKg(String field, double countsPerKg) {
        if (!COUNTS_PER_KG_SIZE.contains(Math.abs(countsPerKg))) {
            String min = FieldRange.format(COUNTS_PER_KG_SIZE.min());
            String max = FieldRange.format(COUNTS_PER_KG_SIZE.max());
            throw new InvalidField(field, "must be in [-" + max + ", -" + min + "] or [" + min + ", " + max
                    + "] counts/kg (negative for a cell in tension), was " + FieldRange.format(countsPerKg));
        }
        return countsPerKg;
    }

    /**
     * Checks that a client lies on this table: {@code crownXcm} within {@link #along} its length.
     * The profile alone only knows the range for any table.
     */
    public static void checkFits(ClientProfile client, TableConfig table) {
        along(table.lengthCm()).check("crownXcm", client.crownXcm());
    }
}
