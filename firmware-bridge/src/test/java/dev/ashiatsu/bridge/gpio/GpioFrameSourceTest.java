package dev.ashiatsu.bridge.gpio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.pi4j.io.exception.IOException;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.source.SourceHealth;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.CollectingSink;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source's reading thread on Pi4J's mock platform, with simulated chips converting at 80 Hz. */
class GpioFrameSourceTest {

    private static final long PERIOD_NANOS = TimeUnit.MICROSECONDS.toNanos(12_500);

    @TempDir
    Path dir;
    private final MockGpio gpio = new MockGpio();
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final CollectingSink sink = new CollectingSink();
    private final List<SimulatedHx711> chips = new ArrayList<>();
    private SimulatedHx711Bus bus;
    private GpioFrameSource source;

    @BeforeEach
    void wire() {
        GpioConfig config = GpioConfigReader.read(GpioFiles.write(dir, GpioFiles.GPIO));
        Pi4jHx711Pins pins = new Pi4jHx711Pins(gpio.pi4j, config.clockPin(), config.dataPins());
        bus = new SimulatedHx711Bus(gpio.output(Pi4jHx711Pins.CLOCK_ID));
        for (int i = 0; i < 3; i++) {
            chips.add(bus.addChip(gpio.input(Pi4jHx711Pins.dataId(i)), PERIOD_NANOS, (i + 1) * 2_000_000L));
        }
        chips.get(0).programAll(-5_000);
        chips.get(1).programAll(111_000);
        chips.get(2).programAll(Hx711Codes.MAX);
        source = new GpioFrameSource(config, pins, "gpio:" + dir.resolve("gpio.yaml"));
    }

    @AfterEach
    void tearDown() {
        source.close();
        bus.close();
        gpio.close();
    }

    private static boolean complete(Frame frame) {
        for (double v : frame.values()) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    private static void awaitCondition(String what, BooleanSupplier condition) {
        Await.until(WAIT, condition, what);
    }

    @Test
    void deliversRawFramesInTheTablesChannelOrderOnAMonotonicClock() throws InterruptedException {
        source.start(sink);

        List<Frame> frames = sink.await(5, GpioFrameSourceTest::complete, WAIT);

        for (Frame frame : frames) {
            assertFalse(frame.inKg());
            assertArrayEquals(new double[] {111_000, Hx711Codes.MAX, -5_000}, frame.values(),
                    "leg-head, leg-foot, bar: the table's order, not the chips'");
        }
        double last = -1;
        for (Frame frame : sink.frames) {
            assertTrue(frame.tMs() > last, "times increase: " + frame.tMs() + " after " + last);
            last = frame.tMs();
        }
        SourceHealth health = source.health();
        assertEquals("running", health.state());
        assertTrue(health.counters().framesRead() >= 5, health.toString());
        assertTrue(health.sampleRateHz() > 0, health.toString());
        source.close();
        GpioCounters counters = source.counters();
        assertEquals(counters.timeouts() + counters.suspectReadings(), source.health().counters().linesRejected());
        assertEquals(counters.frames(), sink.frames.size());
    }

    @Test
    void aChipThatNeverBecomesReadyLeavesOnlyItsChannelMissingAndIsCounted() throws InterruptedException {
        chips.get(2).neverReady();
        source.start(sink);

        List<Frame> frames = sink.await(4, f -> !Double.isNaN(f.values()[0]) && !Double.isNaN(f.values()[2]), WAIT);

        for (Frame frame : frames) {
            assertEquals(111_000, frame.values()[0]);
            assertTrue(Double.isNaN(frame.values()[1]), "leg-foot is missing");
            assertEquals(-5_000, frame.values()[2]);
        }
        assertTrue(source.counters().timeouts() >= 4, source.counters().toString());
        // on a busy machine another chip may miss a train now and then (and say so): look at leg-foot's
        assertEquals(List.of("HX711 of cell leg-foot (GPIO 19) not ready"),
                sink.events.stream().filter(e -> e.contains("leg-foot")).toList(), "one event, not one per frame");
    }

    @Test
    void whenNoChipIsReadyNoFrameIsDeliveredSoTheMonitorSeesSignalLoss() throws InterruptedException {
        chips.forEach(SimulatedHx711::neverReady);
        source.start(sink);

        awaitCondition("four reads with no chip ready", () -> source.counters().timeouts() >= 12);

        assertEquals(0, source.counters().frames());
        assertTrue(source.health().counters().resets() >= 1, "the chips are reset when none answers: " + source.health());
        assertTrue(sink.frames.isEmpty());
        assertTrue(source.health().lastError().startsWith("no HX711 ready within 18.75 ms"), source.health().lastError());
    }

    @Test
    void aGpioErrorIsReportedAndReadingResumes() throws InterruptedException {
        source.close();
        GpioConfig config = source.config();
        Pi4jHx711Pins pins = new Pi4jHx711Pins(gpio.pi4j, config.clockPin(), config.dataPins());
        AtomicInteger failuresLeft = new AtomicInteger(1);
        Hx711Pins flaky = new Hx711Pins() {
            @Override
            public int chipCount() {
                return pins.chipCount();
            }

            @Override
            public void clock(boolean high) {
                if (failuresLeft.getAndDecrement() > 0) {
                    throw new IOException("line request failed");
                }
                pins.clock(high);
            }

            @Override
            public boolean dataHigh(int chip) {
                return pins.dataHigh(chip);
            }

            @Override
            public void close() {
                pins.close();
            }
        };
        bus.close();
        bus = new SimulatedHx711Bus(gpio.output(Pi4jHx711Pins.CLOCK_ID));
        for (int i = 0; i < 3; i++) {
            bus.addChip(gpio.input(Pi4jHx711Pins.dataId(i)), PERIOD_NANOS, 1_000_000).programAll(i + 1);
        }
        source = new GpioFrameSource(config, flaky, "gpio:flaky");
        source.start(sink);

        sink.await(1, GpioFrameSourceTest::complete, WAIT);

        assertTrue(sink.events.get(0).startsWith("GPIO read failed: "), sink.events.toString());
        assertTrue(sink.events.get(0).contains("line request failed"), sink.events.get(0));
        assertEquals("running", source.health().state());
    }

    @Test
    void closeStopsTheReadingThreadAndReleasesThePins() throws InterruptedException {
        source.start(sink);
        sink.await(1, f -> true, WAIT);

        source.close();
        source.close();

        assertEquals("stopped", source.health().state());
        assertFalse(gpio.pi4j.registry().exists(Pi4jHx711Pins.CLOCK_ID), "the clock pin is released");
        assertThrows(IllegalStateException.class, () -> source.start(sink));
    }

    @Test
    void openingOnAMachineWithoutGpioSaysSo() {
        assumeFalse(Files.exists(Path.of("/dev/gpiochip0")), "this machine has GPIO: the real pins would be claimed");
        Path file = GpioFiles.write(dir, GpioFiles.GPIO);

        ConfigException e = assertThrows(ConfigException.class, () -> GpioFrameSource.open(file));

        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(": no GPIO hardware here for the gpio source"), e.getMessage());
    }
}
