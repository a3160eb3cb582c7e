package dev.ashiatsu.recorder;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.Monitor;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmListener;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.CellRole;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A hand-written session generator for tests: a table of 6 legs (x = 4, 95, 186 cm, two rows) and
 * 2 bar cells, 80 Hz raw counts with deterministic noise. The client (80 kg, 175 cm, crown at 5 cm,
 * limit 42 kg or 0.6 P) lies down after 1 s; from 4 s the practitioner (70 kg) works in cycles over
 * the mid back, the thigh (over the limit), the lower back (over its 0.6 factor), the calf and the knee
 * (no-go), easing off between places. Frames go through the real monitor, which records like the
 * live pipeline would.
 */
public final class SimulatedSession implements AlarmListener {

    public static final double PERIOD_MS = 12.5;
    static final double[] LEG_X = {4, 95, 186};
    static final double CLIENT_KG = 80;
    static final double PRACTITIONER_KG = 70;
    /** Per cycle: x (cm), applied target (kg). */
    private static final double[][] PLACES = {{62, 30}, {111, 46}, {76, 30}, {153, 20}, {130, 10}};
    private static final double RAMP_UP_MS = 2000;
    private static final double HOLD_MS = 4000;
    private static final double EASE_MS = 1000;

    public final TableConfig table;
    public final ClientProfile client;
    public final PractitionerProfile practitioner;
    public final Monitor monitor;
    public final List<AlarmEvent> alarms = new ArrayList<>();
    private final Random noise = new Random(42);
    private final double intensity;
    private SessionRecorder recorder;
    private long index;

    public SimulatedSession() {
        this(1.0);
    }

    /** @param intensity scales every applied load of the script (a heavier-handed student: 1.15) */
    public SimulatedSession(double intensity) {
        this.intensity = intensity;
        List<CellConfig> cells = new ArrayList<>();
        for (int i = 0; i < LEG_X.length; i++) {
            cells.add(new CellConfig("T" + (2 * i + 1), CellRole.TABLE, LEG_X[i], 4, 100_000 + 1000 * i, 2000));
            cells.add(new CellConfig("T" + (2 * i + 2), CellRole.TABLE, LEG_X[i], 68, -50_000 + 700 * i, 2100));
        }
        cells.add(new CellConfig("B1", CellRole.BAR, 0, 0, 12_000, -1500));
        cells.add(new CellConfig("B2", CellRole.BAR, 0, 0, -8_000, -1600));
        table = new TableConfig("sim-8", 190, 72, 80, cells);
        client = new ClientProfile("client-a", "Client A", 175, 5, 42.0, 0.6, Map.of(), "");
        practitioner = new PractitionerProfile("pract-b", "Practitioner B", PRACTITIONER_KG);
        monitor = new Monitor(table, client, practitioner, this);
    }

    public SessionInfo info(long startedAtEpochMs) {
        return new SessionInfo(table, client, practitioner, startedAtEpochMs, "sim:test");
    }

    /** Records what follows into {@code recorder} (frames, estimates and alarms, as the live pipeline does). */
    public SimulatedSession recordingTo(SessionRecorder sessionRecorder) {
        this.recorder = sessionRecorder;
        return this;
    }

    public double timeMs() {
        return index * PERIOD_MS;
    }

    /** Produces, monitors and records the next frame; returns it (raw counts). */
    public Frame next() {
        double t = index * PERIOD_MS;
        index++;
        double[] kg = loadsAt(t);
        double[] raw = new double[kg.length];
        for (int c = 0; c < kg.length; c++) {
            raw[c] = Math.round(table.cells().get(c).toRaw(kg[c]) + noise.nextGaussian() * 3);
        }
        Frame frame = Frame.ofRaw(t, raw);
        monitor.accept(frame);
        if (recorder != null) {
            recorder.frame(frame, monitor.estimate());
        }
        return frame;
    }

    /** Runs for a duration; returns each frame with its estimate. */
    public List<Monitored> run(double durationMs) {
        List<Monitored> out = new ArrayList<>();
        double end = timeMs() + durationMs;
        while (timeMs() < end) {
            Frame frame = next();
            out.add(new Monitored(frame, monitor.estimate()));
        }
        return out;
    }

    /** A button pressed now (half a period after the last frame), acted on as the live path would. */
    public AlarmEvent press(dev.ashiatsu.core.source.Input input) {
        return monitor.input(new dev.ashiatsu.core.source.InputEvent(timeMs() - PERIOD_MS / 2, input));
    }

    /** A frame and what the monitor made of it. */
    public record Monitored(Frame frame, Estimate estimate) {
    }

    /**
     * A stroke of the script, noise-free: it starts from rest, ramps up to its peak, holds, eases off to rest.
     *
     * @param impulseKgS the integral of the applied load over the stroke, kg*s
     */
    public record ScriptedStroke(double startMs, double peakMs, double endMs, double peakKg, double impulseKgS) {
    }

    /**
     * The strokes the script applies in its first {@code durationMs} (one cut off there ends there), as a
     * session recorded for that long should show them: the truth the review tests check the segmenter against.
     */
    public List<ScriptedStroke> scriptedStrokes(double durationMs) {
        List<ScriptedStroke> strokes = new ArrayList<>();
        double strokeMs = RAMP_UP_MS + HOLD_MS + EASE_MS;
        for (int k = 0; 4000 + k * strokeMs < durationMs; k++) {
            double start = 4000 + k * strokeMs;
            double peak = PLACES[k % PLACES.length][1] * intensity;
            double end = Math.min(start + strokeMs, durationMs);
            double peakMs = Math.min(start + RAMP_UP_MS, end);
            double rampKgS = peak * (peakMs - start) / RAMP_UP_MS * (peakMs - start) / 2000;
            double holdKgS = peak * Math.max(0, Math.min(end, start + RAMP_UP_MS + HOLD_MS) - peakMs) / 1000;
            double easedMs = Math.max(0, end - start - RAMP_UP_MS - HOLD_MS);
            double easeKgS = (peak + peak * (1 - easedMs / EASE_MS)) / 2 * easedMs / 1000;
            strokes.add(new ScriptedStroke(start, peakMs, end, peak * Math.min(1, (peakMs - start) / RAMP_UP_MS),
                    rampKgS + holdKgS + easeKgS));
        }
        return strokes;
    }

    /** Cell loads (kg) at a time of the script. */
    double[] loadsAt(double t) {
        double[] kg = new double[table.channelCount()];
        if (t < 1000) {
            return kg;
        }
        spread(kg, CLIENT_KG, 95);
        if (t < 4000) {
            return kg;
        }
        double cycleMs = PLACES.length * (RAMP_UP_MS + HOLD_MS + EASE_MS);
        double inCycle = (t - 4000) % cycleMs;
        int place = (int) (inCycle / (RAMP_UP_MS + HOLD_MS + EASE_MS));
        double inPlace = inCycle - place * (RAMP_UP_MS + HOLD_MS + EASE_MS);
        double target = PLACES[place][1] * intensity;
        double applied;
        if (inPlace < RAMP_UP_MS) {
            applied = target * inPlace / RAMP_UP_MS;
        } else if (inPlace < RAMP_UP_MS + HOLD_MS) {
            applied = target;
        } else {
            applied = target * (1 - (inPlace - RAMP_UP_MS - HOLD_MS) / EASE_MS);
        }
        spread(kg, applied, PLACES[place][0]);
        kg[kg.length - 2] = (PRACTITIONER_KG - applied) * 0.5;
        kg[kg.length - 1] = (PRACTITIONER_KG - applied) * 0.5;
        return kg;
    }

    /** Splits a load at x between the leg columns on either side (statics of a rigid top). */
    private static void spread(double[] kg, double load, double x) {
        int right = 1;
        while (right < LEG_X.length - 1 && LEG_X[right] < x) {
            right++;
        }
        int left = right - 1;
        double u = (x - LEG_X[left]) / (LEG_X[right] - LEG_X[left]);
        kg[2 * left] += load * (1 - u) / 2;
        kg[2 * left + 1] += load * (1 - u) / 2;
        kg[2 * right] += load * u / 2;
        kg[2 * right + 1] += load * u / 2;
    }

    @Override
    public void raised(AlarmEvent alarm) {
        alarms.add(alarm);
        if (recorder != null) {
            recorder.alarm(alarm);
        }
    }

    @Override
    public void cleared(AlarmEvent alarm) {
        alarms.add(alarm);
        if (recorder != null) {
            recorder.alarm(alarm);
        }
    }
}
