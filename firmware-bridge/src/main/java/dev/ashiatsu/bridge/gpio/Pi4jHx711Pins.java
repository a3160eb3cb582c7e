package dev.ashiatsu.bridge.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Hx711Pins} on Pi4J digital I/O, addressed by BCM GPIO number. The I/O ids are
 * {@link #CLOCK_ID} and {@link #dataId(int)}, so a test can find them in the context's registry.
 */
public final class Pi4jHx711Pins implements Hx711Pins {

    public static final String CLOCK_ID = "hx711-clock";

    private final Context pi4j;
    private final DigitalOutput clock;
    private final List<DigitalInput> data;

    /** Claims the clock pin (driven low) and one input per data pin, in chip order. */
    public Pi4jHx711Pins(Context pi4j, int clockPin, List<Integer> dataPins) {
        this.pi4j = pi4j;
        this.clock = pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                .id(CLOCK_ID).name("HX711 PD_SCK").address(clockPin)
                .initial(DigitalState.LOW).shutdown(DigitalState.LOW));
        this.data = new ArrayList<>();
        for (int i = 0; i < dataPins.size(); i++) {
            data.add(pi4j.create(DigitalInput.newConfigBuilder(pi4j)
                    .id(dataId(i)).name("HX711 DOUT " + i).address(dataPins.get(i))
                    .pull(PullResistance.OFF).debounce(0L)));
        }
    }

    public static String dataId(int chip) {
        return "hx711-data-" + chip;
    }

    @Override
    public int chipCount() {
        return data.size();
    }

    @Override
    public void clock(boolean high) {
        clock.state(high ? DigitalState.HIGH : DigitalState.LOW);
    }

    @Override
    public boolean dataHigh(int chip) {
        return data.get(chip).isHigh();
    }

    /** Leaves the clock low and releases the pins; nothing to do once Pi4J itself has shut down. */
    @Override
    public void close() {
        if (pi4j.isShutdown()) {
            return;
        }
        clock.low();
        pi4j.shutdown(CLOCK_ID);
        for (int i = 0; i < data.size(); i++) {
            pi4j.shutdown(dataId(i));
        }
    }
}
