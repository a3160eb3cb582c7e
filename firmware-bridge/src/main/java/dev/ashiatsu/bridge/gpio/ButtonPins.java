package dev.ashiatsu.bridge.gpio;

import dev.ashiatsu.core.source.Input;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the table's buttons are wired (BCM GPIO numbers): each from its pin to GND, the pin's pull-up
 * holding it high while the button is up.
 *
 * @param pins       the pin of each button present (at least one)
 * @param debounceMs how long a new level must hold before it counts (ms)
 */
public record ButtonPins(Map<Input, Integer> pins, double debounceMs) {

    public ButtonPins {
        if (pins.isEmpty()) {
            throw new IllegalArgumentException("at least one button pin");
        }
        pins = Map.copyOf(new EnumMap<>(pins));
    }
}
