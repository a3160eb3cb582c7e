package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.core.source.Input;
import java.util.Objects;

/**
 * A press of a button at the table, from a timeline entry {@code do: acknowledge} or {@code do: clientStop}.
 * It takes no time in the timeline and does not change what anyone's weight does.
 *
 * @param tS    when the button goes down, seconds from the start of the scenario
 * @param input which button
 */
public record ButtonPress(double tS, Input input) {

    /** How long a simulated press holds the button down before the release (s). */
    public static final double HELD_S = 0.2;

    public ButtonPress {
        Objects.requireNonNull(input, "input");
        if (!(tS >= 0) || Double.isInfinite(tS)) {
            throw new IllegalArgumentException("t must be zero or more, was " + tS);
        }
    }

    /** The timeline's name for a press of {@code input}. */
    public static String kind(Input input) {
        return switch (input) {
            case ACKNOWLEDGE -> "acknowledge";
            case CLIENT_STOP -> "clientStop";
        };
    }
}
