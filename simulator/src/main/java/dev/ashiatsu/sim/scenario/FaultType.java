package dev.ashiatsu.sim.scenario;

import java.util.Locale;

/** The faults a scenario can inject, by the name written in its {@code fault:} field. */
public enum FaultType {
    /** One sample of one channel jumps by {@code kg} (default 30). */
    SPIKE("spike"),
    /** One channel sends empty values for {@code duration} s (default 0.6). */
    STALE("stale"),
    /** One channel's ADC sits at the end of its range for {@code duration} s (default 1). */
    SATURATE("saturate"),
    /** One channel repeats its last raw value for {@code duration} s (default 2). */
    STUCK("stuck"),
    /** The cable is pulled: no frames at all for {@code duration} s (default 0.45). */
    CABLE("cable"),
    /** The grip slips: {@code kg} (default 22) moves from the bars onto the client within {@code riseMs} (default 60). */
    SLIP("slip"),
    /** The practitioner leans {@code kg} (default 18) on a stool for {@code duration} s (default 12). */
    STOOL("stool"),
    /** The device resets: silent for {@code duration} s (default 0.15), then a hello and a new sequence. */
    RESET("reset"),
    /** {@code count} (default 3) consecutive serial lines are corrupted on the wire and a garbage line is sent. */
    CORRUPT("corrupt");

    private final String yamlName;

    FaultType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** True for faults that need a channel. */
    public boolean needsChannel() {
        return this == SPIKE || this == STALE || this == SATURATE || this == STUCK;
    }

    public static FaultType parse(String text) {
        for (FaultType type : values()) {
            if (type.yamlName.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("must be one of spike, stale, saturate, stuck, cable, slip, stool, reset, "
                + "corrupt, was '" + text + "'");
    }
}
