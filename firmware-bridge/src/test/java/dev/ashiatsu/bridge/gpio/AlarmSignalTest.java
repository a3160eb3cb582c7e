package dev.ashiatsu.bridge.gpio;

import static dev.ashiatsu.bridge.gpio.AlarmPatternTest.active;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.ManualClock;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The alarm signal on Pi4J's mock outputs, on a manual clock: every level change of the buzzer and light
 * pins is recorded with the clock's time, and the patterns are read back from those records.
 */
class AlarmSignalTest {

    private record Change(long atMs, boolean on) {
    }

    private final MockGpio gpio = new MockGpio();
    private final ManualClock clock = new ManualClock(10_000);
    private final List<Change> buzzer = new ArrayList<>();
    private final List<Change> light = new ArrayList<>();
    private AlarmSignal signal;

    private void wire(boolean activeHigh) {
        Pi4jSignalOutputs outputs = new Pi4jSignalOutputs(gpio.pi4j, new AlarmPins(17, 27, activeHigh));
        DigitalState onLevel = activeHigh ? DigitalState.HIGH : DigitalState.LOW;
        MockDigitalOutput buzzerPin = gpio.output(Pi4jSignalOutputs.BUZZER_ID);
        MockDigitalOutput lightPin = gpio.output(Pi4jSignalOutputs.LIGHT_ID);
        buzzerPin.addListener(e -> buzzer.add(new Change(now(), e.state() == onLevel)));
        lightPin.addListener(e -> light.add(new Change(now(), e.state() == onLevel)));
        signal = new AlarmSignal(outputs, clock);
    }

    @AfterEach
    void tearDown() {
        if (signal != null) {
            signal.close();
        }
        gpio.close();
    }

    /** Ticks every 10 ms for {@code ms}, as a timer would. */
    private void run(long ms) {
        long end = now() + ms;
        while (now() < end) {
            clock.advanceMs(10);
            signal.tick();
        }
    }

    /** Times (ms after {@code fromMs}) at which the device switched on. */
    private static List<Long> onsets(List<Change> changes, long fromMs) {
        return changes.stream().filter(c -> c.on() && c.atMs() >= fromMs).map(c -> c.atMs() - fromMs).toList();
    }

    /** Durations of the on phases that started at or after {@code fromMs} and ended. */
    private static List<Long> onDurations(List<Change> changes, long fromMs) {
        List<Long> durations = new ArrayList<>();
        for (int i = 0; i + 1 < changes.size(); i++) {
            if (changes.get(i).on() && changes.get(i).atMs() >= fromMs && !changes.get(i + 1).on()) {
                durations.add(changes.get(i + 1).atMs() - changes.get(i).atMs());
            }
        }
        return durations;
    }

    private boolean pinOn(String id, boolean activeHigh) {
        return gpio.output(id).isHigh() == activeHigh;
    }

    @Test
    void highAlarmBeepsFastFromTheMomentItIsRaised() {
        wire(true);
        run(100);
        assertTrue(buzzer.isEmpty() && light.isEmpty(), "quiet: no change from off");

        long raised = now();
        List<AlarmEvent> alarms = List.of(active(AlarmType.OVER_LIMIT));
        signal.update(alarms, false, false);
        for (int i = 0; i < 110; i++) {
            run(10);
            signal.update(alarms, false, false);
        }

        assertEquals(List.of(0L, 300L, 600L, 900L), onsets(buzzer, raised), "an unchanged state does not restart the cycle");
        assertEquals(List.of(150L, 150L, 150L, 150L), onDurations(buzzer, raised));
        assertEquals(onsets(buzzer, raised), onsets(light, raised), "the light flashes with the beeps");
    }

    @Test
    void mediumAlarmBeepsSlowlyAndLowChirpsEveryFiveSeconds() {
        wire(true);
        long medium = now();
        signal.update(List.of(active(AlarmType.SENSOR_FAULT)), false, false);
        run(4000);
        assertEquals(List.of(0L, 1500L, 3000L), onsets(buzzer, medium));
        assertEquals(List.of(500L, 500L, 500L), onDurations(buzzer, medium));

        long low = now();
        signal.update(List.of(active(AlarmType.APPROACHING_LIMIT)), false, false);
        run(12_000);
        assertEquals(List.of(0L, 5000L, 10_000L), onsets(buzzer, low));
        assertEquals(List.of(100L, 100L, 100L), onDurations(buzzer, low), "a short chirp");
        assertEquals(List.of(1000L, 1000L, 1000L), onDurations(light, low));
    }

    @Test
    void acknowledgingSilencesTheBuzzerAndKeepsTheLightOnUntilANewAlarm() {
        wire(true);
        List<AlarmEvent> alarms = new ArrayList<>(List.of(active(AlarmType.OVER_LIMIT)));
        signal.update(alarms, false, false);
        run(200);

        long acknowledged = now();
        signal.update(alarms, true, false);
        run(3000);
        assertFalse(pinOn(Pi4jSignalOutputs.BUZZER_ID, true));
        assertTrue(onsets(buzzer, acknowledged).isEmpty(), "silent while acknowledged");
        assertTrue(pinOn(Pi4jSignalOutputs.LIGHT_ID, true));
        assertTrue(light.stream().noneMatch(c -> c.atMs() > acknowledged), "the light stays on steadily");

        long raised = now();
        alarms.add(active(AlarmType.RAPID_LOAD));
        signal.update(alarms, false, false);
        run(10);
        assertEquals(List.of(0L), onsets(buzzer, raised), "a new alarm sounds again at once");

        signal.update(List.of(), false, false);
        assertFalse(pinOn(Pi4jSignalOutputs.BUZZER_ID, true));
        assertFalse(pinOn(Pi4jSignalOutputs.LIGHT_ID, true));
    }

    @Test
    void failedMonitoringHoldsBuzzerAndLightOnSteadilyEvenWhenAcknowledged() {
        wire(false);
        long failed = now();
        signal.update(List.of(active(AlarmType.SIGNAL_LOSS)), true, false);
        run(3000);
        assertEquals(List.of(new Change(failed, true)), buzzer);
        assertEquals(List.of(new Change(failed, true)), light);
        assertTrue(gpio.output(Pi4jSignalOutputs.BUZZER_ID).isLow(), "active-low wiring: on is a low pin");

        signal.update(List.of(), false, true);
        run(1000);
        assertEquals(1, buzzer.size(), "the source failing keeps it steady");

        long recovered = now();
        signal.update(List.of(), false, false);
        assertEquals(new Change(recovered, false), buzzer.get(buzzer.size() - 1));
        assertTrue(gpio.output(Pi4jSignalOutputs.LIGHT_ID).isHigh(), "off is a high pin");
    }

    @Test
    void itsOwnTickerPlaysThePatternOnTheHostClock() throws InterruptedException {
        Pi4jSignalOutputs outputs = new Pi4jSignalOutputs(gpio.pi4j, new AlarmPins(17, 27, true));
        List<Long> buzzerChangesNs = new CopyOnWriteArrayList<>();
        gpio.output(Pi4jSignalOutputs.BUZZER_ID).addListener(e -> buzzerChangesNs.add(System.nanoTime()));
        signal = new AlarmSignal(outputs, Clock.SYSTEM);
        signal.startTicking();

        signal.update(List.of(active(AlarmType.OVER_LIMIT)), false, false);
        Await.until(Duration.ofSeconds(5), () -> buzzerChangesNs.size() >= 4,
                () -> "the buzzer beeping without anyone calling tick: " + buzzerChangesNs.size() + " changes");
        long firstBeepNs = buzzerChangesNs.get(1) - buzzerChangesNs.get(0);
        assertTrue(firstBeepNs >= TimeUnit.MILLISECONDS.toNanos(140), "a beep lasts its 150 ms: " + firstBeepNs + " ns");
    }

    @Test
    void aFailingOutputIsRetriedAndNeverThrowsToTheCaller() {
        List<String> writes = new ArrayList<>();
        boolean[] broken = {true};
        SignalOutputs flaky = new SignalOutputs() {
            @Override
            public void buzzer(boolean on) {
                if (broken[0]) {
                    throw new IllegalStateException("GPIO line gone");
                }
                writes.add("buzzer " + on);
            }

            @Override
            public void light(boolean on) {
                writes.add("light " + on);
            }

            @Override
            public void close() {
            }
        };
        signal = new AlarmSignal(flaky, clock);

        signal.update(List.of(active(AlarmType.OVER_LIMIT)), false, false);
        assertTrue(signal.failing());
        broken[0] = false;
        signal.tick();

        assertFalse(signal.failing());
        assertEquals(List.of("buzzer true", "light true"), writes, "both written again once the output works");
    }

    @Test
    void openingOnAMachineWithoutGpioSaysSo() {
        assumeFalse(Files.exists(Path.of("/dev/gpiochip0")), "this machine has GPIO: the real pins would be claimed");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pi4jSignalOutputs.open(new AlarmPins(17, 27, true)));

        assertTrue(e.getMessage().startsWith("no GPIO hardware here for alarm output on GPIO 17 and 27"), e.getMessage());
    }

    @Test
    void closingSwitchesBothOffAndReleasesThePins() {
        wire(true);
        signal.update(List.of(), false, true);
        assertTrue(pinOn(Pi4jSignalOutputs.BUZZER_ID, true));

        signal.close();
        signal.tick();

        assertFalse(buzzer.get(buzzer.size() - 1).on());
        assertFalse(light.get(light.size() - 1).on());
        assertFalse(gpio.pi4j.registry().exists(Pi4jSignalOutputs.BUZZER_ID));
    }

    /** The manual clock's time in whole ms. */
    private long now() {
        return (long) clock.monotonicMs();
    }
}
