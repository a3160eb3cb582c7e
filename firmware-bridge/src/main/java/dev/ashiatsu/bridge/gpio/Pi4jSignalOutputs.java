package dev.ashiatsu.bridge.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;

/**
 * The alarm buzzer and light on two Pi4J digital outputs (BCM numbers), ids {@link #BUZZER_ID} and
 * {@link #LIGHT_ID}. Both start off and are switched off when Pi4J shuts down.
 */
public final class Pi4jSignalOutputs implements SignalOutputs {

    public static final String BUZZER_ID = "alarm-buzzer";
    public static final String LIGHT_ID = "alarm-light";

    private final Context pi4j;
    private final DigitalOutput buzzer;
    private final DigitalOutput light;
    private final DigitalState on;
    private final DigitalState off;

    /** The outputs on a context the caller provides. */
    public Pi4jSignalOutputs(Context pi4j, AlarmPins pins) {
        this.pi4j = pi4j;
        this.on = pins.activeHigh() ? DigitalState.HIGH : DigitalState.LOW;
        this.off = pins.activeHigh() ? DigitalState.LOW : DigitalState.HIGH;
        this.buzzer = create(BUZZER_ID, "alarm buzzer", pins.buzzerPin());
        this.light = create(LIGHT_ID, "alarm light", pins.lightPin());
    }

    /**
     * The outputs on this machine's GPIO, on the process's one Pi4J context (shared with
     * {@link GpioFrameSource#open}).
     *
     * @throws IllegalStateException when Pi4J finds no GPIO hardware here, or the pins cannot be claimed
     */
    public static Pi4jSignalOutputs open(AlarmPins pins) {
        Context pi4j = Pi4jContexts.hardware("alarm output on GPIO " + pins.buzzerPin() + " and " + pins.lightPin());
        try {
            return new Pi4jSignalOutputs(pi4j, pins);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot claim the alarm pins GPIO " + pins.buzzerPin() + " and "
                    + pins.lightPin() + ": " + e.getMessage(), e);
        }
    }

    private DigitalOutput create(String id, String name, int pin) {
        return pi4j.create(DigitalOutput.newConfigBuilder(pi4j).id(id).name(name).address(pin)
                .initial(off).shutdown(off));
    }

    @Override
    public void buzzer(boolean isOn) {
        buzzer.state(isOn ? on : off);
    }

    @Override
    public void light(boolean isOn) {
        light.state(isOn ? on : off);
    }

    /** Switches both off and releases them; Pi4J's own shutdown already switched them off. */
    @Override
    public void close() {
        if (pi4j.isShutdown()) {
            return;
        }
        buzzer.state(off);
        light.state(off);
        pi4j.shutdown(BUZZER_ID);
        pi4j.shutdown(LIGHT_ID);
    }
}
