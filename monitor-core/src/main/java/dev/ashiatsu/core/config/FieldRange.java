package dev.ashiatsu.core.config;

/**
 * The values a number may take: {@code min} to {@code max}, each end included unless open, in a unit named
 * in messages. NaN and infinities are never in a range. Messages read {@code must be in [50, 250] cm, was 800}.
 *
 * @param unit the unit and any context after the interval, e.g. {@code cm} or {@code cm on a 190 cm table}; may be empty
 */
public record FieldRange(double min, boolean minOpen, double max, boolean maxOpen, String unit) {

    public FieldRange {
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("a range needs finite min <= max, was " + min + ", " + max);
        }
        unit = unit == null ? "" : unit;
    }

    /** {@code [min, max]}. */
    public static FieldRange closed(double min, double max, String unit) {
        return new FieldRange(min, false, max, false, unit);
    }

    /** {@code (min, max]}. */
    public static FieldRange aboveUpTo(double min, double max, String unit) {
        return new FieldRange(min, true, max, false, unit);
    }

    public boolean contains(double value) {
        return (minOpen ? value > min : value >= min) && (maxOpen ? value < max : value <= max);
    }

    /** The value when it is in the range; otherwise an {@link InvalidField} naming {@code field} and this range. */
    public double check(String field, double value) {
        if (!contains(value)) {
            throw new InvalidField(field, "must be in " + this + ", was " + format(value));
        }
        return value;
    }

    /** The value when it is null or in the range (for optional fields). */
    public Double checkOptional(String field, Double value) {
        return value == null ? null : check(field, value);
    }

    /** The interval and unit, e.g. {@code (0, 1]} or {@code [50, 250] cm}. */
    @Override
    public String toString() {
        String interval = (minOpen ? "(" : "[") + format(min) + ", " + format(max) + (maxOpen ? ")" : "]");
        return unit.isEmpty() ? interval : interval + " " + unit;
    }

    /** A number as people write it: {@code 250}, {@code 0.6}, {@code 1.0E308}. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
