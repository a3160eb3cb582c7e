package dev.ashiatsu.bridge.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.PullResistance;
import dev.ashiatsu.core.source.Input;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The table's buttons on Pi4J digital inputs with pull-ups (ids from {@link #inputId}), each edge timed on a
 * nanosecond clock as Pi4J reports it and debounced by {@link ButtonInputs} (Pi4J's own debounce is off).
 */
public final class Pi4jButtons implements AutoCloseable {

    private final Context pi4j;
    private final Map<Input, DigitalInput> inputs = new EnumMap<>(Input.class);
    private final ButtonInputs buttons;
    private final LongSupplier nanoClock;

    /**
     * Claims the pins on a context the caller provides.
     *
     * @param nanoClock the clock of the edges and presses, e.g. {@code System::nanoTime}
     */
    public Pi4jButtons(Context pi4j, ButtonPins pins, LongSupplier nanoClock) {
        this.pi4j = pi4j;
        this.nanoClock = nanoClock;
        Map<Input, Boolean> initial = new EnumMap<>(Input.class);
        pins.pins().forEach((input, pin) -> {
            DigitalInput in = pi4j.create(DigitalInput.newConfigBuilder(pi4j).id(inputId(input))
                    .name(input + " button").address(pin).pull(PullResistance.PULL_UP).debounce(0L));
            inputs.put(input, in);
            initial.put(input, in.isHigh());
        });
        this.buttons = new ButtonInputs(initial, (long) (pins.debounceMs() * 1e6));
        inputs.forEach((input, in) -> in.addListener(event -> buttons.edge(input, event.state().isHigh(),
                nanoClock.getAsLong())));
    }

    public static String inputId(Input input) {
        return "button-" + input.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The presses confirmed by now, in the order they began, each once. */
    List<ButtonInputs.Press> presses() {
        return buttons.presses(nanoClock.getAsLong());
    }

    @Override
    public void close() {
        if (pi4j.isShutdown()) {
            return;
        }
        for (Input input : inputs.keySet()) {
            pi4j.shutdown(inputId(input));
        }
    }
}
