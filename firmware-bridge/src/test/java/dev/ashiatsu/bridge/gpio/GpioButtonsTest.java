package dev.ashiatsu.bridge.gpio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.CollectingSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The acknowledge and client-stop buttons on GPIO: their config, and presses on Pi4J's mock platform. */
class GpioButtonsTest {

    private static final String WITH_BUTTONS = GpioFiles.GPIO + """
            buttons:
              acknowledgePin: 22
              clientStopPin: 23
              debounceMs: 25
            """;
    private static final long MS = 1_000_000;
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void readsTheButtonPinsAndTheirDebounceAndNoneWhenLeftOut() {
        GpioConfig config = GpioConfigReader.read(GpioFiles.write(dir, WITH_BUTTONS));
        assertEquals(new ButtonPins(Map.of(Input.ACKNOWLEDGE, 22, Input.CLIENT_STOP, 23), 25), config.buttons());
        GpioConfig onlyStop = GpioConfigReader.read(GpioFiles.write(dir,
                WITH_BUTTONS.replace("  acknowledgePin: 22\n", "").replace("  debounceMs: 25\n", "")));
        assertEquals(new ButtonPins(Map.of(Input.CLIENT_STOP, 23), GpioConfigReader.DEFAULT_DEBOUNCE_MS), onlyStop.buttons());
        assertNull(GpioConfigReader.read(GpioFiles.write(dir, GpioFiles.GPIO)).buttons());
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            acknowledgePin: 22   | acknowledgePin: 28         | buttons.acknowledgePin: must be a BCM GPIO number 0..27, was 28
            clientStopPin: 23    | clientStopPin: -1          | buttons.clientStopPin: must be a BCM GPIO number 0..27, was -1
            clientStopPin: 23    | clientStopPin: 17          | buttons.clientStopPin: GPIO 17 is already used by alarm.buzzerPin
            clientStopPin: 23    | clientStopPin: 22          | buttons.clientStopPin: GPIO 22 is already used by buttons.acknowledgePin
            clientStopPin: 23    | clientStopPin: 5           | buttons.clientStopPin: GPIO 5 is already used by clockPin
            clientStopPin: 23    | clientstopPin: 23          | buttons.clientstopPin: is not a known field; did you mean clientStopPin?
            debounceMs: 25       | debounceMs: 2              | buttons.debounceMs: must be in [5, 200] ms, was 2.0
            debounceMs: 25       | debounceMs: 500            | buttons.debounceMs: must be in [5, 200] ms, was 500.0
            """)
    void aBadButtonConfigNamesTheFieldAndTheRule(String original, String replacement, String expected) {
        Path file = GpioFiles.write(dir, WITH_BUTTONS.replace(original, replacement));
        ConfigException e = assertThrows(ConfigException.class, () -> GpioConfigReader.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void buttonsWithoutAnyPinAreRefused() {
        Path file = GpioFiles.write(dir, GpioFiles.GPIO + "buttons:\n  debounceMs: 25\n");
        ConfigException e = assertThrows(ConfigException.class, () -> GpioConfigReader.read(file));
        assertTrue(e.getMessage().contains("buttons: needs acknowledgePin, clientStopPin or both"), e.getMessage());
    }

    /** The source's reading thread polls the buttons between frames; edges and polls run on a test clock. */
    @Test
    void eachBouncingPressIsOneInputEventBetweenFramesAndAGlitchIsNone() throws Exception {
        GpioConfig config = GpioConfigReader.read(GpioFiles.write(dir, WITH_BUTTONS));
        AtomicLong nanos = new AtomicLong(System.nanoTime());
        CollectingSink sink = new CollectingSink();
        try (MockGpio gpio = new MockGpio()) {
            Pi4jHx711Pins pins = new Pi4jHx711Pins(gpio.pi4j, config.clockPin(), config.dataPins());
            SimulatedHx711Bus bus = new SimulatedHx711Bus(gpio.output(Pi4jHx711Pins.CLOCK_ID));
            for (int i = 0; i < 3; i++) {
                bus.addChip(gpio.input(Pi4jHx711Pins.dataId(i)), TimeUnit.MICROSECONDS.toNanos(12_500), (i + 1) * 2_000_000L)
                        .programAll(1_000);
            }
            Pi4jButtons buttons = new Pi4jButtons(gpio.pi4j, config.buttons(), nanos::get);
            MockDigitalInput ack = gpio.input(Pi4jButtons.inputId(Input.ACKNOWLEDGE));
            MockDigitalInput stop = gpio.input(Pi4jButtons.inputId(Input.CLIENT_STOP));
            ack.mockState(DigitalState.HIGH);
            stop.mockState(DigitalState.HIGH);
            nanos.addAndGet(30 * MS);  // the mock's inputs start low: the pull-up's level settles first
            GpioFrameSource source = new GpioFrameSource(config, pins, buttons, "gpio:buttons");
            try {
                source.start(sink);
                sink.await(3, frame -> true, WAIT);

                bounce(stop, nanos, DigitalState.LOW);
                nanos.addAndGet(30 * MS);
                Await.until(WAIT, () -> sink.inputs.size() == 1, "the client stop");
                bounce(stop, nanos, DigitalState.HIGH);
                nanos.addAndGet(30 * MS);
                bounce(ack, nanos, DigitalState.LOW);
                nanos.addAndGet(30 * MS);
                Await.until(WAIT, () -> sink.inputs.size() == 2, "the acknowledge");

                stop.mockState(DigitalState.LOW);
                nanos.addAndGet(10 * MS);
                stop.mockState(DigitalState.HIGH);
                nanos.addAndGet(50 * MS);
                sink.await(5, frame -> true, WAIT);
            } finally {
                source.close();
                bus.close();
            }
        }
        assertEquals(List.of(Input.CLIENT_STOP, Input.ACKNOWLEDGE), sink.inputs.stream().map(InputEvent::input).toList(),
                "one event per bouncing press, none for the release or the 10 ms glitch");
        for (int i = 0; i < sink.inputs.size(); i++) {
            int before = sink.framesBeforeInput.get(i);
            assertTrue(before > 0 && sink.inputs.get(i).tMs() >= sink.frames.get(before - 1).tMs(),
                    "press " + i + " not before its frame");
        }
    }

    /** Five flips 1 ms apart, ending at {@code end}. */
    private static void bounce(MockDigitalInput input, AtomicLong nanos, DigitalState end) {
        DigitalState other = end == DigitalState.LOW ? DigitalState.HIGH : DigitalState.LOW;
        for (int flip = 0; flip < 5; flip++) {
            input.mockState(flip % 2 == 0 ? end : other);
            nanos.addAndGet(MS);
        }
    }
}
