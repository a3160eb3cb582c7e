package dev.ashiatsu.core;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmListener;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.stats.SessionStatistics;
import java.util.List;

/**
 * The per-frame pipeline: calibration, median-of-3 filter, estimator, alarm rules and statistics.
 *
 * <p>Threading: not thread-safe. One thread feeds it ({@link #accept}, {@link #checkSilence}, commands);
 * other threads read {@link #estimate()} snapshots through whatever hand-off the caller provides.
 * Time comes only from the frames (and from {@link #checkSilence} for the live watchdog).
 */
public final class Monitor {

    public Monitor(TableConfig table, ClientProfile client, PractitionerProfile practitioner, AlarmListener listener) {
        throw new UnsupportedOperationException("being written");
    }

    /** Processes one frame. Frames must not go back in time; a frame from the past is ignored. */
    public void accept(Frame frame) {
    }

    /**
     * Tells the monitor the time now on the frames' clock, when no frame has come: raises signal loss once
     * 250 ms have passed since the last frame. Call it from a watchdog a few times a second.
     */
    public void checkSilence(double nowMs) {
    }

    /** The latest estimate (allocates a snapshot). */
    public Estimate estimate() {
        return null;
    }

    /** Alarms active now, most urgent first. */
    public List<AlarmEvent> activeAlarms() {
        return List.of();
    }

    public SessionStatistics statistics() {
        return null;
    }

    /** Sets every cell's zero to its current filtered reading, at once. */
    public void tare() {
    }

    /** Forces the phase (the UI's manual override), or returns to automatic with null. */
    public void overridePhase(Phase phase) {
    }

    /** Switches client and practitioner (a new session on the same table); baseline and zeros stay. */
    public void changeProfiles(ClientProfile client, PractitionerProfile practitioner) {
    }

    public TableConfig table() {
        return null;
    }
}
