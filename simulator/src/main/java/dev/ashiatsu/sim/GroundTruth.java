package dev.ashiatsu.sim;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.Monitor;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmListener;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.core.source.InputEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alarms the rules demand for a scenario: the core {@link Monitor} run on the noise-free signal (true
 * loads, with the channel faults, dropped samples, frame timing and lost frames of the real output, but
 * without noise, drift or creep; see {@link SimFrame#trueKg()} for the 0.2 g dither). While no frame arrives the monitor's silence check is called at
 * every sample tick, as the live watchdog would. The scenario's button presses go to {@link Monitor#input} at
 * their own times, in order with the frames and the silence ticks (a press before the frame it arrives with),
 * as {@code analyze} and the live pipeline hand them over; presses after the last frame come last.
 */
public final class GroundTruth {

    private GroundTruth() {
    }

    /** The truth for a recording CSV: the monitor reads kg frames. */
    public static List<AlarmEvent> alarms(Scenario scenario, long seed) {
        return alarms(scenario, seed, false);
    }

    /**
     * Every alarm of the scenario run with this seed, in the order raised; still-active ones have no end.
     *
     * @param rawCounts true to feed the monitor raw counts with the real calibration (the truth for a capture,
     *                  a serial stream or the in-process source: a saturated ADC is then recognised as such),
     *                  false to feed kg (the truth for a recording CSV)
     */
    public static List<AlarmEvent> alarms(Scenario scenario, long seed, boolean rawCounts) {
        Collector collector = new Collector();
        Monitor monitor = new Monitor(rawCounts ? scenario.table() : Calibrations.inKg(scenario.table()),
                scenario.client(), scenario.practitioner(), collector);
        Simulation simulation = new Simulation(scenario, seed);
        double periodMs = simulation.periodMs();
        double lastMs = Double.NaN;
        Deque<InputEvent> presses = new ArrayDeque<>();
        for (SimFrame frame = simulation.next(); frame != null; frame = simulation.next()) {
            for (ButtonChange change : frame.buttons()) {
                if (change.pressed()) {
                    presses.add(new InputEvent(change.tMs(), change.input()));
                }
            }
            if (!frame.delivered()) {
                continue;
            }
            if (!Double.isNaN(lastMs)) {
                for (double tick = lastMs + periodMs; tick < frame.tMs() - periodMs / 2; tick += periodMs) {
                    pressesUntil(tick, presses, monitor);
                    monitor.checkSilence(tick);
                }
            }
            pressesUntil(Double.POSITIVE_INFINITY, presses, monitor);
            monitor.accept(rawCounts ? Frame.ofRaw(frame.tMs(), SimFrame.values(frame.trueCounts()))
                    : Frame.ofKg(frame.tMs(), frame.trueKg().clone()));
            lastMs = frame.tMs();
        }
        pressesUntil(Double.POSITIVE_INFINITY, presses, monitor);
        return collector.alarms();
    }

    /** Hands the waiting presses at or before {@code tMs} to the monitor, oldest first. */
    private static void pressesUntil(double tMs, Deque<InputEvent> presses, Monitor monitor) {
        while (!presses.isEmpty() && presses.peekFirst().tMs() <= tMs) {
            monitor.input(presses.pollFirst());
        }
    }

    /** Keeps the latest version of every alarm by id. */
    public static final class Collector implements AlarmListener {
        private final Map<Long, AlarmEvent> byId = new LinkedHashMap<>();

        @Override
        public void raised(AlarmEvent alarm) {
            byId.put(alarm.id(), alarm);
        }

        @Override
        public void cleared(AlarmEvent alarm) {
            byId.put(alarm.id(), alarm);
        }

        public List<AlarmEvent> alarms() {
            List<AlarmEvent> list = new ArrayList<>(byId.values());
            list.sort(Comparator.comparingDouble(AlarmEvent::startMs).thenComparingLong(AlarmEvent::id));
            return list;
        }
    }
}
