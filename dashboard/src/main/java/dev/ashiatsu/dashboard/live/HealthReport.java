package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.core.source.FrameSource;
import dev.ashiatsu.core.source.SourceHealth;
import java.util.ArrayList;
import java.util.List;

/**
 * The live path's health for {@code GET /api/health}: the source's own report, how long since the last
 * frame, frames dropped by the loop, and the recorder's and the session's faults. Any thread.
 */
final class HealthReport {

    /** A silence longer than this is a fault (signal loss alarms at 250 ms; this is the technical view). */
    static final long QUIET_FAULT_MS = 1000;

    private final FrameSource source;
    private final AcquisitionLoop loop;
    private final LiveSession session;
    private final Clock clock;

    HealthReport(FrameSource source, AcquisitionLoop loop, LiveSession session, Clock clock) {
        this.source = source;
        this.loop = loop;
        this.session = session;
        this.clock = clock;
    }

    PipelineHealth now() {
        SourceHealth sourceHealth = source.health();
        long last = loop.lastFrameNanos();
        Double ageMs = last < 0 ? null : (clock.nanoTime() - last) / 1e6;
        long dropped = loop.framesDropped();
        List<String> faults = new ArrayList<>();
        if (sourceHealth != null && !"running".equals(sourceHealth.state())) {
            faults.add("source " + sourceHealth.state()
                    + (sourceHealth.lastError() != null ? ": " + sourceHealth.lastError() : ""));
        }
        if (ageMs == null) {
            faults.add("no frame received yet");
        } else if (ageMs > QUIET_FAULT_MS) {
            faults.add(String.format("no frame for %.1f s", ageMs / 1000));
        }
        if (dropped > 0) {
            faults.add(dropped + " frames dropped: the acquisition thread fell behind");
        }
        if (loop.inputsLost() > 0) {
            faults.add(loop.inputsLost() + " button presses lost: the acquisition thread took nothing for "
                    + AcquisitionLoop.INPUT_WAIT_MS + " ms");
        }
        RecorderGuard recorder = session.recorder();
        if (recorder.fault() != null) {
            faults.add("recorder: " + recorder.fault());
        }
        if (recorder.threw() != null) {
            faults.add("recorder threw " + recorder.threw());
        }
        if (session.fault() != null) {
            faults.add("pipeline: " + session.fault());
        }
        return new PipelineHealth(source.description(), sourceHealth, ageMs, loop.framesIn(), dropped, faults);
    }
}
