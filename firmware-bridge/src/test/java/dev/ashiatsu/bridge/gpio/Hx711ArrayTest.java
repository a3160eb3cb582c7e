package dev.ashiatsu.bridge.gpio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real bit-banging over Pi4J's mock platform, with simulated chips answering the clock edges. The chips
 * are stepped: a conversion ends when the test says so, just before a read, so what a read finds does not
 * depend on how a loaded machine schedules threads. Only the 60 us rule stays in real time (the reader
 * times its own high phases); a train it finds overran is skipped where a test does not provoke one.
 */
class Hx711ArrayTest {

    private static final long TIMEOUT_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final MockGpio gpio = new MockGpio();
    private Pi4jHx711Pins pins;
    private SimulatedHx711Bus bus;
    private final List<SimulatedHx711> chips = new ArrayList<>();

    /** Claims the clock and {@code count} data pins and puts a simulated chip on each. */
    private Hx711Array wire(int count, Hx711Gain gain) {
        return wire(count, gain, TIMEOUT_NANOS);
    }

    private Hx711Array wire(int count, Hx711Gain gain, long readyTimeoutNanos) {
        List<Integer> dataPins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dataPins.add(6 + i);
        }
        pins = new Pi4jHx711Pins(gpio.pi4j, 5, dataPins);
        bus = SimulatedHx711Bus.stepped(gpio.output(Pi4jHx711Pins.CLOCK_ID));
        for (int i = 0; i < count; i++) {
            chips.add(bus.addChip(gpio.input(Pi4jHx711Pins.dataId(i))));
        }
        return new Hx711Array(pins, gain, readyTimeoutNanos);
    }

    @AfterEach
    void tearDown() {
        if (bus != null) {
            bus.close();
        }
        gpio.close();
    }

    /** Lets every chip finish the conversion under way, then reads. */
    private Hx711Reading readConverted(Hx711Array array) {
        bus.finishConversions();
        return array.read();
    }

    /**
     * The next reading, after the chips converted, whose clock train kept every high phase under 60 us. A
     * busy machine can preempt the reading thread mid-pulse; such trains are (rightly) discarded, so a few
     * are skipped.
     */
    private static final int CLEAN_TRAIN_ATTEMPTS = 200; // 50 in a row overran once at a load average near 30

    private Hx711Reading nextCleanReading(Hx711Array array) {
        for (int attempt = 0; attempt < CLEAN_TRAIN_ATTEMPTS; attempt++) {
            Hx711Reading reading = readConverted(array);
            if (!reading.overran()) {
                return reading;
            }
        }
        return fail(CLEAN_TRAIN_ATTEMPTS + " trains in a row overran the 60 us high limit");
    }

    /**
     * Reads until every chip is {@link ChipStatus#OK}; in between, only overran trains (then a settling
     * reading on a gain other than the power-on one) may come.
     */
    private Hx711Reading nextOkReading(Hx711Array array) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Hx711Reading reading = nextCleanReading(array);
            if (reading.count(ChipStatus.OK) == reading.chipCount()) {
                return reading;
            }
            assertEquals(reading.chipCount(), reading.count(ChipStatus.SETTLING), List.of(reading.status()).toString());
        }
        return fail("no train with every chip OK in 10 clean trains");
    }

    @Test
    void readsEveryChipsProgrammedValueOnOneClockTrain() {
        Hx711Array array = wire(4, Hx711Gain.A_128);
        int[] programmed = {123_456, -98_765, Hx711Codes.MAX, Hx711Codes.MIN};
        for (int i = 0; i < 4; i++) {
            chips.get(i).programAll(programmed[i]);
        }
        int edgesBefore = bus.risingEdges();
        Hx711Reading reading = nextCleanReading(array);

        assertArrayEquals(new ChipStatus[] {ChipStatus.OK, ChipStatus.OK, ChipStatus.OK, ChipStatus.OK}, reading.status());
        assertArrayEquals(programmed, reading.codes());
        assertEquals(Hx711Codes.MAX, reading.value(2), "saturation is passed on as the end-of-range code");
        assertEquals(Hx711Codes.MIN, reading.value(3));
        int reads = chips.get(0).readsCompleted();
        assertTrue(reads >= 1);
        for (SimulatedHx711 chip : chips) {
            assertEquals(reads, chip.readsCompleted(), "every chip is read on every train, together");
        }
        assertTrue(bus.risingEdges() - edgesBefore >= 25);
    }

    @Test
    void followsValuesThatChangeBetweenReadings() {
        Hx711Array array = wire(2, Hx711Gain.A_128);
        chips.get(0).programAll(1);
        chips.get(1).programAll(-1);
        assertArrayEquals(new int[] {1, -1}, nextCleanReading(array).codes());
        chips.get(0).programAll(0x555555);
        chips.get(1).programAll(-0x2AAAAB);
        assertArrayEquals(new int[] {0x555555, -0x2AAAAB}, nextCleanReading(array).codes());
    }

    @ParameterizedTest
    @EnumSource(Hx711Gain.class)
    void extraPulsesSelectTheInputAndGainOfTheNextConversion(Hx711Gain gain) {
        Hx711Array array = wire(3, gain);
        chips.get(0).program(Hx711Gain.A_128, 1111).program(Hx711Gain.B_32, -2222).program(Hx711Gain.A_64, 3333);
        chips.get(1).program(Hx711Gain.A_128, -4444).program(Hx711Gain.B_32, 5555).program(Hx711Gain.A_64, -6666);
        chips.get(2).program(Hx711Gain.A_128, 0x7FFFFF).program(Hx711Gain.B_32, -0x800000).program(Hx711Gain.A_64, 0);

        Hx711Reading first = nextCleanReading(array);
        ChipStatus expectedFirst = gain == Hx711Gain.POWER_ON ? ChipStatus.OK : ChipStatus.SETTLING;
        assertEquals(3, first.count(expectedFirst), "the first conversion is on the power-on gain: " + List.of(first.status()));
        for (SimulatedHx711 chip : chips) {
            assertEquals(gain, chip.selected(), "the train's pulse count selects the next conversion's input");
        }

        Hx711Reading settled = nextOkReading(array);
        int[] expected = switch (gain) {
            case A_128 -> new int[] {1111, -4444, 0x7FFFFF};
            case B_32 -> new int[] {-2222, 5555, -0x800000};
            case A_64 -> new int[] {3333, -6666, 0};
        };
        assertArrayEquals(expected, settled.codes());
    }

    @Test
    void aChipThatNeverBecomesReadyTimesOutAndOnlyItsValueIsMissing() {
        Hx711Array array = wire(3, Hx711Gain.A_128);
        chips.get(0).programAll(10);
        chips.get(1).programAll(20).neverReady();
        chips.get(2).programAll(30);

        long start = System.nanoTime();
        Hx711Reading reading = nextCleanReading(array);
        long waited = System.nanoTime() - start;

        assertEquals(ChipStatus.NOT_READY, reading.status()[1]);
        assertTrue(Double.isNaN(reading.value(1)));
        assertEquals(10, reading.value(0));
        assertEquals(30, reading.value(2));
        assertTrue(waited >= TIMEOUT_NANOS, "waited the ready timeout for the missing chip: " + waited + " ns");
        assertEquals(0, chips.get(1).readsCompleted());
        assertEquals(1, nextCleanReading(array).count(ChipStatus.NOT_READY), "and again on the next train");
    }

    @Test
    void noTrainIsClockedWhenNoChipIsReady() {
        Hx711Array array = wire(2, Hx711Gain.A_128);
        chips.forEach(SimulatedHx711::neverReady);
        int edgesBefore = bus.risingEdges();

        Hx711Reading reading = readConverted(array);

        assertEquals(2, reading.count(ChipStatus.NOT_READY));
        assertEquals(edgesBefore, bus.risingEdges());
    }

    @Test
    void aClockHighPastSixtyMicrosecondsDiscardsTheTrainAndTheChipsRecover() {
        Hx711Array array = wire(3, Hx711Gain.A_64);
        for (int i = 0; i < 3; i++) {
            chips.get(i).program(Hx711Gain.A_128, 100 + i).program(Hx711Gain.A_64, 200 + i);
        }
        nextOkReading(array);

        int[] powerDownsBefore = chips.stream().mapToInt(SimulatedHx711::powerDowns).toArray();
        bus.stallRisingEdge(10, TimeUnit.MICROSECONDS.toNanos(150));
        Hx711Reading stalled = readConverted(array);

        assertTrue(stalled.overran());
        assertTrue(stalled.chipsReset(), "the reader resets the chips to put them back in step");
        assertEquals(3, stalled.count(ChipStatus.SUSPECT));
        for (int i = 0; i < 3; i++) {
            assertTrue(Double.isNaN(stalled.value(i)));
            assertTrue(chips.get(i).powerDowns() > powerDownsBefore[i], "the simulated chip powered down too");
        }

        Hx711Reading recovering = nextCleanReading(array);
        assertEquals(3, recovering.count(ChipStatus.SETTLING), "back on the power-on gain: " + List.of(recovering.status()));
        assertArrayEquals(new int[] {200, 201, 202}, nextOkReading(array).codes());
    }

    @Test
    void aDataPinWithNoChipThatReadsLowIsSuspectAndDoesNotStopTheOthers() {
        pins = new Pi4jHx711Pins(gpio.pi4j, 5, List.of(6, 7));
        bus = SimulatedHx711Bus.stepped(gpio.output(Pi4jHx711Pins.CLOCK_ID));
        chips.add(bus.addChip(gpio.input(Pi4jHx711Pins.dataId(0))).programAll(77));
        Hx711Array array = new Hx711Array(pins, Hx711Gain.A_128, TIMEOUT_NANOS);

        Hx711Reading first = nextCleanReading(array);
        Hx711Reading second = nextCleanReading(array);

        assertEquals(ChipStatus.SUSPECT, first.status()[1], "a floating-low pin looks ready but never answers");
        assertEquals(77, first.value(0));
        assertEquals(ChipStatus.SUSPECT, second.status()[1]);
        assertEquals(77, second.value(0));
        assertFalse(second.chipsReset(), "one reset to try; not one every train for a dead pin");
    }

    @Test
    void aGlitchThatLeavesChipsInMidWordIsClearedByAReset() {
        Hx711Array quick = wire(2, Hx711Gain.A_128, TimeUnit.MILLISECONDS.toNanos(20));
        chips.get(0).programAll(-1);
        chips.get(1).programAll(-2);
        assertArrayEquals(new int[] {-1, -2}, nextOkReading(quick).codes());

        // the chips finish a conversion, then three stray pulses on the clock wire: the chips shift out three
        // bits nobody reads (all ones), so their DOUT now looks like "not ready" and no train would ever come
        // to finish the word
        bus.finishConversions();
        assertTrue(chips.stream().allMatch(SimulatedHx711::ready), "both chips hold a word");
        bus.strayPulses(3);
        assertTrue(chips.stream().allMatch(SimulatedHx711::midWord), "the stray pulses left both chips in mid-word");
        boolean reset = false;
        for (int read = 0; read < 40 && !reset; read++) {
            Hx711Reading reading = readConverted(quick);
            assertTrue(reading.count(ChipStatus.OK) == 0 || reading.codes()[0] == -1, "never a wrong value passed as OK");
            reset = reading.chipsReset();
        }

        assertTrue(reset, "the chips were reset after reads with none of them ready");
        assertArrayEquals(new int[] {-1, -2}, nextOkReading(quick).codes());
    }
}
