package dev.ashiatsu.bridge.protocol;

import dev.ashiatsu.core.source.Input;
import java.util.Objects;

/**
 * An input line: {@code I,<seq>,<micros>,<input>,<state>}, one debounced change of a button at the table.
 *
 * @param seq     the input lines' own sequence number, 0..65535 (independent of the data lines')
 * @param micros  device clock at the change (when the new level began), 0..2^32-1 microseconds
 * @param input   which button ({@link #code} gives its wire name)
 * @param pressed true for a press (state {@code 1}), false for a release ({@code 0})
 */
public record InputLine(int seq, long micros, Input input, boolean pressed) implements ParsedLine {

    public InputLine {
        Objects.requireNonNull(input, "input");
    }

    /** The wire name of an input: {@code ACK} or {@code STOP}. */
    public static String code(Input input) {
        return switch (input) {
            case ACKNOWLEDGE -> "ACK";
            case CLIENT_STOP -> "STOP";
        };
    }

    /** The input with wire name {@code code}, or null for a name this bridge does not know. */
    public static Input fromCode(String code) {
        for (Input input : Input.values()) {
            if (code(input).equals(code)) {
                return input;
            }
        }
        return null;
    }
}
