package dev.ashiatsu.bridge.gpio;

import dev.ashiatsu.core.source.Input;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The table's buttons, debounced: edges come in from the GPIO's event thread ({@link #edge}), presses go
 * out to the reading thread ({@link #presses}). A button pulls its pin low: a debounced change to low is a
 * press. Thread-safe.
 */
final class ButtonInputs {

    /** A press of {@code input} that began at {@code nanos}. */
    record Press(Input input, long nanos) {
    }

    private final Map<Input, Debouncer> debouncers = new EnumMap<>(Input.class);
    private final List<Press> confirmed = new ArrayList<>();

    /**
     * @param initialHigh each button's level at start-up
     * @param holdNanos   how long a level must hold to count
     */
    ButtonInputs(Map<Input, Boolean> initialHigh, long holdNanos) {
        initialHigh.forEach((input, high) -> debouncers.put(input, new Debouncer(high, holdNanos)));
    }

    /** A raw level change of a button's pin at {@code nanos}. */
    synchronized void edge(Input input, boolean high, long nanos) {
        judge(input, debouncers.get(input).read(high, nanos));
    }

    /**
     * The presses confirmed by {@code nanos}, in the order they began; each is handed out once. Called once a
     * frame: makes no list while no press is confirmed.
     */
    synchronized List<Press> presses(long nanos) {
        for (Map.Entry<Input, Debouncer> button : debouncers.entrySet()) {
            judge(button.getKey(), button.getValue().poll(nanos));
        }
        if (confirmed.isEmpty()) {
            return List.of();
        }
        List<Press> out = new ArrayList<>(confirmed);
        confirmed.clear();
        out.sort((a, b) -> Long.compare(a.nanos(), b.nanos()));
        return out;
    }

    private void judge(Input input, Debouncer.Change change) {
        if (change != null && !change.high()) {
            confirmed.add(new Press(input, change.sinceNanos()));
        }
    }
}
