package dev.ashiatsu.bridge.gpio;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.source.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the alarm buzzer and light from the alarm state. {@link #update} chooses the
 * {@link AlarmPattern} and, when it changes, restarts its cycle at once (a new alarm sounds immediately);
 * {@link #tick} applies the pattern's levels at a time, writing an output only when its level changes.
 * Call {@code tick()} every 10 ms or so (the shortest pattern step is 100 ms), or let {@link #startTicking()}
 * do it.
 *
 * <p>Thread-safe: the monitor's thread may call {@code update} while a timer calls {@code tick}.
 */
public final class AlarmSignal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlarmSignal.class);

    private final SignalOutputs outputs;
    private final Clock clock;
    private AlarmPattern pattern = AlarmPattern.QUIET;
    private long patternStartMs;
    private SignalLevels applied;
    private boolean closed;
    private boolean failing;
    private ScheduledExecutorService ticker;

    /**
     * @param clock patterns are timed on its monotonic reading, e.g. {@link Clock#SYSTEM}; tests pass a manual one
     */
    public AlarmSignal(SignalOutputs outputs, Clock clock) {
        this.outputs = Objects.requireNonNull(outputs, "outputs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.patternStartMs = nowMs();
        tick(patternStartMs);
    }

    /** Takes the current alarm state; see {@link AlarmPattern#select} for what wins. */
    public synchronized void update(List<AlarmEvent> active, boolean acknowledged, boolean monitoringFailed) {
        AlarmPattern next = AlarmPattern.select(active, acknowledged, monitoringFailed);
        long now = nowMs();
        if (next != pattern) {
            pattern = next;
            patternStartMs = now;
        }
        tick(now);
    }

    /** Applies the pattern's levels at the injected clock's time. */
    public void tick() {
        tick(nowMs());
    }

    /**
     * Applies the pattern's levels at {@code nowMs} (on the injected clock's time scale). A failing output
     * is logged (once until it works again) and retried on the next tick; it never throws to the caller,
     * which may be the monitor's thread.
     */
    public synchronized void tick(long nowMs) {
        if (closed) {
            return;
        }
        SignalLevels levels = pattern.levelsAt(nowMs - patternStartMs);
        try {
            if (applied == null || levels.buzzer() != applied.buzzer()) {
                outputs.buzzer(levels.buzzer());
            }
            if (applied == null || levels.light() != applied.light()) {
                outputs.light(levels.light());
            }
            applied = levels;
            failing = false;
        } catch (RuntimeException e) {
            applied = null;
            if (!failing) {
                failing = true;
                LOG.error("alarm output failed; retrying every tick", e);
            }
        }
    }

    /** True while the last attempt to drive the outputs failed. */
    public synchronized boolean failing() {
        return failing;
    }

    /** Ticks every 10 ms on a daemon thread of its own, until {@link #close}. */
    public synchronized void startTicking() {
        if (ticker == null && !closed) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "alarm-signal");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, 0, 10, TimeUnit.MILLISECONDS);
        }
    }

    public synchronized AlarmPattern pattern() {
        return pattern;
    }

    /** Switches both devices off for good. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (ticker != null) {
                ticker.shutdownNow();
            }
            outputs.close();
        }
    }

    /** The clock's monotonic reading in whole ms. */
    private long nowMs() {
        return Math.floorDiv(clock.nanoTime(), 1_000_000L);
    }
}
