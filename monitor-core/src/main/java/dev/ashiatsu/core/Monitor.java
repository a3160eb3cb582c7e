package dev.ashiatsu.core;

import dev.ashiatsu.core.alarm.AlarmBoard;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmListener;
import dev.ashiatsu.core.alarm.ApproachingLimitRule;
import dev.ashiatsu.core.alarm.ClientStopRule;
import dev.ashiatsu.core.alarm.LoadReading;
import dev.ashiatsu.core.alarm.LoadRule;
import dev.ashiatsu.core.alarm.NoGoZoneRule;
import dev.ashiatsu.core.alarm.OverLimitRule;
import dev.ashiatsu.core.alarm.RapidLoadRule;
import dev.ashiatsu.core.alarm.SensorFaultRule;
import dev.ashiatsu.core.alarm.SignalLossRule;
import dev.ashiatsu.core.alarm.WeightMismatchRule;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.estimate.Estimator;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.core.stats.SessionDose;
import dev.ashiatsu.core.stats.SessionStatistics;
import dev.ashiatsu.core.stats.StatisticsAccumulator;
import java.util.List;
import java.util.Objects;

/**
 * The per-frame pipeline: calibration, median-of-3 filter, estimator, alarm rules and statistics.
 *
 * <p>Threading: not thread-safe. One thread feeds it ({@link #accept}, {@link #checkSilence}, commands);
 * other threads read {@link #estimate()} snapshots through whatever hand-off the caller provides.
 * Time comes only from the frames and the button presses (and from {@link #checkSilence} for the live watchdog).
 * Allocation-free per frame while no alarm changes.
 */
public final class Monitor {

    private final TableConfig table;
    private final Estimator estimator;
    private final AlarmBoard board;
    private final SignalLossRule signalLoss = new SignalLossRule();
    private final SensorFaultRule sensorFaults;
    /** The HIGH load rules first: the approach rule reads whether one is active. */
    private final WeightMismatchRule weightMismatch = new WeightMismatchRule();
    private final LoadRule[] loadRules = {new OverLimitRule(), new NoGoZoneRule(), new RapidLoadRule(),
        weightMismatch, new ApproachingLimitRule()};
    private final ClientStopRule clientStop = new ClientStopRule();
    private final StatisticsAccumulator statistics = new StatisticsAccumulator();
    private final Reading reading = new Reading();
    private long framesIgnored;

    public Monitor(TableConfig table, ClientProfile client, PractitionerProfile practitioner, AlarmListener listener) {
        this(table, client, practitioner, listener, 1);
    }

    /**
     * A monitor whose alarm ids start at {@code firstAlarmId}: one that replaces another in the same
     * session (a new calibration) passes the old one's {@link #nextAlarmId()}, so no id is used twice.
     */
    public Monitor(TableConfig table, ClientProfile client, PractitionerProfile practitioner, AlarmListener listener,
                   long firstAlarmId) {
        this.table = Objects.requireNonNull(table, "table");
        Objects.requireNonNull(client, "client");
        this.estimator = new Estimator(table, client, practitioner);
        this.board = new AlarmBoard(Objects.requireNonNull(listener, "listener"), firstAlarmId);
        this.sensorFaults = new SensorFaultRule(table);
    }

    /**
     * Processes one frame. A frame from before the previous one, or with the wrong channel count, is
     * ignored and counted ({@link #framesIgnored()}).
     */
    public void accept(Frame frame) {
        if (frame.channelCount() != table.channelCount() || frame.tMs() < signalLoss.lastFrameMs()) {
            framesIgnored++;
            return;
        }
        double t = frame.tMs();
        signalLoss.frame(t, board);
        estimator.update(frame);
        sensorFaults.evaluate(frame, estimator.unfilteredKg(), board);
        for (LoadRule rule : loadRules) {
            rule.evaluate(reading, board);
        }
        clientStop.frame(reading);
        double applied = estimator.appliedKg();
        board.trackPeak(applied);
        statistics.add(t, applied, applied / estimator.practitionerKg(), estimator.limitKg(), estimator.zone());
    }

    /**
     * A button pressed at the table, at the press's own time on the frames' clock, read against the last
     * frame's estimate. {@code CLIENT_STOP} raises a CLIENT_STOP alarm with what it recorded (see
     * {@link ClientStopRule}); {@code ACKNOWLEDGE} acknowledges the most urgent active alarm not yet
     * acknowledged (the listener hears {@code acknowledged}; a CLIENT_STOP ends with it).
     *
     * @return the alarm raised or acknowledged (as it was at the press); null when an ACKNOWLEDGE found no
     *         active alarm left to acknowledge
     */
    public AlarmEvent input(InputEvent press) {
        double t = press.tMs();
        return switch (press.input()) {
            case CLIENT_STOP -> clientStop.press(t, reading, board);
            case ACKNOWLEDGE -> board.acknowledgeMostUrgent(t);
        };
    }

    /**
     * Acknowledges the active alarm {@code id} at {@code tMs} (the page's button): the listener hears
     * {@code acknowledged}, and a CLIENT_STOP ends. False when no active alarm has that id, or it was
     * acknowledged already.
     */
    public boolean acknowledge(long id, double tMs) {
        return board.acknowledge(id, tMs);
    }

    /**
     * Tells the monitor the time now on the frames' clock, when no frame has come: raises signal loss once
     * 250 ms have passed since the last frame. Call it from a watchdog a few times a second.
     */
    public void checkSilence(double nowMs) {
        signalLoss.silence(nowMs, board);
    }

    /** The latest estimate (allocates a snapshot). */
    public Estimate estimate() {
        Estimator e = estimator;
        double baseline = e.baselineKg();
        double estimate = e.practitionerEstimateKg();
        double x = e.xAppliedCm();
        return new Estimate(e.tMs(), e.phase(), e.tableKg(), e.barKg(), Double.isNaN(baseline) ? null : baseline,
                e.appliedKg(), e.practitionerKg(), Double.isNaN(estimate) ? null : estimate,
                e.appliedKg() / e.practitionerKg(), e.limitKg(), e.zone(), e.zoneFactor(), Double.isNaN(x) ? null : x, e.cellKgCopy());
    }

    /**
     * The last frame's results as the load rules read them: a live view that changes with each frame, not a
     * snapshot; allocation-free, for a per-frame consumer (the stroke segmenter of a whole recording).
     */
    public LoadReading reading() {
        return reading;
    }

    /** The last baseline captured in this session (even if since dropped), or null if none was. */
    public Double lastBaselineKg() {
        double last = estimator.lastBaselineKg();
        return Double.isNaN(last) ? null : last;
    }

    /** Alarms active now, most urgent first. */
    public List<AlarmEvent> activeAlarms() {
        return board.active();
    }

    /**
     * Ends every active alarm at the last frame's time: the end of a recording, or a monitor about to be
     * replaced. The monitor must not be fed afterwards (its rules still hold the ended alarms).
     */
    public void endAlarms() {
        board.clearAll(signalLoss.lastFrameMs());
    }

    /** The id the next alarm raised will get (a replacing monitor starts there). */
    public long nextAlarmId() {
        return board.nextId();
    }

    /**
     * Whether setting the zeros now would be safe (a tare, or a cell's unloaded calibration reading): the
     * table must be empty by the automatic phase rule, not by a hand override, and table and bars steady.
     */
    public TareCheck tareCheck() {
        return new TareCheck(estimator.phase(), estimator.phaseForced(), estimator.automaticPhaseEmpty(), estimator.tableKg(),
                estimator.barKg(), estimator.steady());
    }

    public SessionStatistics statistics() {
        return statistics.snapshot();
    }

    /** Time, impulse, time near and over the limit, and peak, per zone and for the session. */
    public SessionDose dose() {
        return statistics.dose();
    }

    /** Frames ignored for going back in time or having the wrong number of channels. */
    public long framesIgnored() {
        return framesIgnored;
    }

    /** Sets every cell's zero to its current filtered reading, at once. */
    public void tare() {
        estimator.tare();
    }

    /** Forces the phase (the UI's manual override), or returns to automatic with null. */
    public void overridePhase(Phase phase) {
        estimator.overridePhase(phase);
    }

    /**
     * Switches client and practitioner (a new session on the same table); baseline and zeros stay. A
     * different practitioner starts a new weight estimate and ends a weight-mismatch alarm about the last one.
     */
    public void changeProfiles(ClientProfile client, PractitionerProfile practitioner) {
        if (estimator.changeProfiles(Objects.requireNonNull(client, "client"), practitioner)) {
            weightMismatch.reset(board, signalLoss.lastFrameMs());
        }
    }

    public TableConfig table() {
        return table;
    }

    /** The estimator's results as the load rules read them. */
    private final class Reading implements LoadReading {
        @Override
        public double tMs() {
            return estimator.tMs();
        }

        @Override
        public Phase phase() {
            return estimator.phase();
        }

        @Override
        public double appliedKg() {
            return estimator.appliedKg();
        }

        @Override
        public double barKg() {
            return estimator.barKg();
        }

        @Override
        public double limitKg() {
            return estimator.limitKg();
        }

        @Override
        public Zone zone() {
            return estimator.zone();
        }

        @Override
        public double zoneFactor() {
            return estimator.zoneFactor();
        }

        @Override
        public double practitionerKg() {
            return estimator.practitionerKg();
        }

        @Override
        public boolean spansGap() {
            return estimator.spansGap();
        }
    }
}
