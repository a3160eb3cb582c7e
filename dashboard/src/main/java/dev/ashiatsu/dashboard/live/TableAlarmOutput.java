package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.bridge.gpio.AlarmSignal;
import dev.ashiatsu.bridge.gpio.GuidePattern;
import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.source.SourceHealth;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the table's own buzzer and light from the live alarm list, so the table warns with no browser
 * open: it hands the active alarms, whether all of them are acknowledged, and whether monitoring itself has
 * failed (signal loss, or a source that reports {@code failed}) to an {@link AlarmSignal}, which picks the
 * pattern; while the session's load guide is on, it hands over the guide's tick period too, from the latest
 * estimate's share of its limit ({@link GuidePattern}; the signal plays it only while no alarm is active).
 *
 * <p>Changes are pushed: as a listener of the pipeline it refreshes as soon as an alarm is raised, ends or is
 * acknowledged, the context changes (the guide switched), and, while the guide is on, after each frame. A
 * poll every {@value #PERIOD_MS} ms remains for what sends no event (a source's health). Refreshes run on a
 * daemon thread of its own, coalesced; it never throws into the pipeline.
 */
public final class TableAlarmOutput implements AutoCloseable, LiveListener {

    private static final Logger LOG = LoggerFactory.getLogger(TableAlarmOutput.class);
    static final long PERIOD_MS = 50;

    private final AcquisitionPipeline pipeline;
    private final AlarmSignal signal;
    private final long pollMs;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "table-alarm-output");
        thread.setDaemon(true);
        return thread;
    });

    public TableAlarmOutput(AcquisitionPipeline pipeline, AlarmSignal signal) {
        this(pipeline, signal, PERIOD_MS);
    }

    /** @param pollMs the safety-net poll's period (tests lengthen it to see the pushes alone) */
    TableAlarmOutput(AcquisitionPipeline pipeline, AlarmSignal signal, long pollMs) {
        this.pipeline = pipeline;
        this.signal = signal;
        this.pollMs = pollMs;
    }

    public void start() {
        signal.startTicking();
        pipeline.listeners().add(this);
        timer.scheduleAtFixedRate(this::refresh, 0, pollMs, TimeUnit.MILLISECONDS);
    }

    // ---- pushed by the pipeline, on the acquisition thread: hand over, return at once

    @Override
    public void alarmChanged(AlarmEvent alarm) {
        requestRefresh();
    }

    @Override
    public void alarmAcknowledged(AlarmEvent alarm, double tMs, String by) {
        requestRefresh();
    }

    @Override
    public void sessionEvent(SessionEvent event) {
    }

    @Override
    public void contextChanged() {
        requestRefresh();
    }

    @Override
    public void frameProcessed() {
        if (pipeline.session().guide().enabled()) {
            requestRefresh();
        }
    }

    /** One refresh on the output's thread, however many changes come before it runs. */
    private void requestRefresh() {
        if (refreshPending.compareAndSet(false, true)) {
            try {
                timer.execute(() -> {
                    refreshPending.set(false);
                    refresh();
                });
            } catch (RejectedExecutionException closed) {
                refreshPending.set(false);
            }
        }
    }

    /** Hands the current state to the signal (also called by the timer). */
    void refresh() {
        try {
            List<AlarmBoard.ListedAlarm> listed = pipeline.alarms().list();
            List<AlarmEvent> active = listed.stream().map(AlarmBoard.ListedAlarm::alarm).filter(AlarmEvent::active).toList();
            boolean acknowledged = !active.isEmpty() && listed.stream()
                    .filter(l -> l.alarm().active()).allMatch(AlarmBoard.ListedAlarm::acknowledged);
            SourceHealth source = pipeline.health().sourceHealth();
            boolean failed = active.stream().anyMatch(a -> a.type() == AlarmType.SIGNAL_LOSS)
                    || (source != null && "failed".equals(source.state()));
            signal.update(active, acknowledged, failed);
            signal.guide(guidePeriod());
        } catch (RuntimeException e) {
            LOG.error("table alarm output: cannot refresh", e);
        }
    }

    /** The guide's tick period for the latest estimate, empty while the guide is off or silent. */
    private OptionalLong guidePeriod() {
        GuideSetting guide = pipeline.session().guide();
        LiveSnapshot latest = pipeline.latest();
        if (!guide.enabled() || latest == null) {
            return OptionalLong.empty();
        }
        Estimate e = latest.estimate();
        return GuidePattern.periodMs(GuidePattern.shareOf(e.appliedKg(), e.limitKg(), e.status()), guide.fromShare());
    }

    @Override
    public void close() {
        pipeline.listeners().remove(this);
        timer.shutdownNow();
        signal.close();
    }
}
