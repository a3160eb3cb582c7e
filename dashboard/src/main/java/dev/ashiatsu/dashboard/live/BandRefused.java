package dev.ashiatsu.dashboard.live;

/**
 * A target band refused because it would teach going over a limit (its top above the client's limit in its
 * zone, a no-go zone) or cannot be placed (the practitioner's weight unknown): answered 409 with the reason
 * and the field.
 */
public final class BandRefused extends RuntimeException {

    private final String field;

    public BandRefused(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    /** The body field refused, e.g. {@code bands.LOWER_BACK.highPercent}. */
    public String field() {
        return field;
    }
}
