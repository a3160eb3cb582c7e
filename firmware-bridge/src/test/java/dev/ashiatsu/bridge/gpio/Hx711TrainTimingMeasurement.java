package dev.ashiatsu.bridge.gpio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures, on this machine, what one clock train of six chips costs through Pi4J's mock platform (the
 * host side of the bit-banging, without real pins) and how often a high phase passes 60 us. Off in
 * normal builds; the figures go to docs/performance.md. It also checks that no reading passed as OK is
 * wrong. Run:
 * {@code mvn -B -o -q -pl firmware-bridge -am verify -Dtest=Hx711TrainTimingMeasurement
 * -Dsurefire.failIfNoSpecifiedTests=false -Dmeasure=true}
 */
@EnabledIfSystemProperty(named = "measure", matches = "true")
class Hx711TrainTimingMeasurement {

    private static final int CHIPS = 6;
    private static final int WARM_UP = 2_000;
    private static final int TRAINS = 10_000;

    @Test
    void measureTrains() {
        try (MockGpio gpio = new MockGpio()) {
            List<Integer> dataPins = new ArrayList<>();
            for (int i = 0; i < CHIPS; i++) {
                dataPins.add(6 + i);
            }
            Pi4jHx711Pins pins = new Pi4jHx711Pins(gpio.pi4j, 5, dataPins);
            try (SimulatedHx711Bus bus = new SimulatedHx711Bus(gpio.output(Pi4jHx711Pins.CLOCK_ID))) {
                for (int i = 0; i < CHIPS; i++) {
                    bus.addChip(gpio.input(Pi4jHx711Pins.dataId(i)), TimeUnit.MICROSECONDS.toNanos(200), 100_000)
                            .programAll(-1000 * i);
                }
                Hx711Array array = new Hx711Array(pins, Hx711Gain.A_128, TimeUnit.MILLISECONDS.toNanos(250));
                for (int i = 0; i < WARM_UP; i++) {
                    array.read();
                }
                long[] trainNanos = new long[TRAINS];
                long[] highNanos = new long[TRAINS];
                int overran = 0;
                int discarded = 0;
                int wrong = 0;
                for (int i = 0; i < TRAINS; i++) {
                    Hx711Reading reading = array.read();
                    trainNanos[i] = System.nanoTime() - reading.readyNanos();
                    highNanos[i] = reading.longestHighNanos();
                    if (reading.overran()) {
                        overran++;
                    }
                    for (int chip = 0; chip < CHIPS; chip++) {
                        if (!reading.ok(chip)) {
                            discarded++;
                        } else if (reading.codes()[chip] != -1000 * chip) {
                            wrong++;
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%d chips, %d trains: train us median %.1f, p99 %.1f, max %.1f;"
                                + " longest high phase per train us median %.1f, p99 %.1f, max %.1f; overran %d (%.3f %%);"
                        + " chip readings discarded %d of %d%n",
                        CHIPS, TRAINS, pct(trainNanos, 50), pct(trainNanos, 99), pct(trainNanos, 100),
                        pct(highNanos, 50), pct(highNanos, 99), pct(highNanos, 100), overran, 100.0 * overran / TRAINS,
                        discarded, CHIPS * TRAINS);
                assertEquals(0, wrong, "no reading passed as OK carries a wrong code");
            }
        }
    }

    private static double pct(long[] nanos, double percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
