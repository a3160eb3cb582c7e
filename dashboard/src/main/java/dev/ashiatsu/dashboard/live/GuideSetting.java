package dev.ashiatsu.dashboard.live;

/**
 * The audible load guide of a session (docs/guide.md): on or off, and from which share of the limit it
 * sounds. Every session starts with {@link #OFF}.
 *
 * @param enabled   whether the page and the table's buzzer play the guide
 * @param fromShare the share of the current limit (A / L) below which the guide is silent, in
 *                  [{@value #MIN_FROM_SHARE}, {@value #MAX_FROM_SHARE}]
 */
public record GuideSetting(boolean enabled, double fromShare) {

    public static final double MIN_FROM_SHARE = 0.0;
    public static final double MAX_FROM_SHARE = 0.95;
    public static final double DEFAULT_FROM_SHARE = 0.5;
    public static final GuideSetting OFF = new GuideSetting(false, DEFAULT_FROM_SHARE);

    public GuideSetting {
        if (!(fromShare >= MIN_FROM_SHARE && fromShare <= MAX_FROM_SHARE)) {
            throw new IllegalArgumentException("fromShare must be between " + MIN_FROM_SHARE + " and "
                    + MAX_FROM_SHARE + ", was " + fromShare);
        }
    }

    /** How the session's event list says it. */
    public String describe() {
        return enabled ? "load guide on, from " + Math.round(fromShare * 100) + " % of the limit" : "load guide off";
    }
}
