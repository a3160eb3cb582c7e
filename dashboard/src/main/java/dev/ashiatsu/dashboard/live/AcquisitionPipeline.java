package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.Monitor;
import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmListener;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.FrameSource;
import dev.ashiatsu.core.source.SourceHealth;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.SessionRecorder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live acquisition loop, on a thread of its own:
 * <pre>
 *   source thread --copy of each frame--> inbox (bounded) --> acquisition thread:
 *       Monitor.accept -> latest snapshot (volatile) -> recorder.frame
 *       Monitor alarms -> AlarmBoard, recorder.alarm, SessionLog, LiveListener (at once)
 *       every {@value #WATCHDOG_PERIOD_MS} ms: Monitor.checkSilence(now on the frames' clock), recorder fault
 *   web threads --commands (tare, session, calibration capture)--> inbox --> run on the acquisition thread
 * </pre>
 * The monitor is only ever touched by the acquisition thread. A recorder fault or an exception while
 * processing a frame is reported in {@link #health()} and the session log, never stops monitoring.
 */
public final class AcquisitionPipeline implements AutoCloseable {

    static final long WATCHDOG_PERIOD_MS = 100;
    private static final int INBOX_CAPACITY = 8192;
    private static final long QUIET_FAULT_MS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(AcquisitionPipeline.class);

    private final FrameSource source;
    private final SessionRecorder recorder;
    private final Clock clock;
    private final LiveListener listener;
    private final AlarmBoard alarms = new AlarmBoard();
    private final SessionLog log = new SessionLog();
    private final BlockingQueue<Object> inbox = new ArrayBlockingQueue<>(INBOX_CAPACITY);
    private final AtomicLong framesIn = new AtomicLong();
    private final AtomicLong framesDropped = new AtomicLong();
    private final List<RawCapture> captures = new ArrayList<>();
    private final Thread thread;

    private volatile boolean running;
    private volatile TableConfig table;
    private volatile SessionState session;
    private volatile LiveSnapshot latest;
    private volatile long lastFrameNanos = -1;
    private volatile String recorderFault;
    private volatile String recorderThrew;
    private volatile String pipelineFault;
    private Monitor monitor;
    private double lastFrameTMs = Double.NaN;
    private long lastProcessedNanos;
    private long seq;

    /**
     * @param recorder null for none
     * @param listener told of alarm changes, session events and context changes (on the acquisition thread)
     */
    public AcquisitionPipeline(FrameSource source, TableConfig table, ClientProfile client,
                               PractitionerProfile practitioner, SessionRecorder recorder, Clock clock,
                               LiveListener listener) {
        this.source = Objects.requireNonNull(source, "source");
        this.table = Objects.requireNonNull(table, "table");
        this.recorder = recorder;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.session = new SessionState(null, Objects.requireNonNull(client, "client"),
                Objects.requireNonNull(practitioner, "practitioner"), 0);
        this.monitor = new Monitor(table, client, practitioner, new Alarms());
        this.thread = new Thread(this::loop, "acquisition");
        this.thread.setDaemon(true);
    }

    /** Starts the acquisition thread, then the source. */
    public void start() {
        running = true;
        thread.start();
        source.start(new Sink());
    }

    /** The latest snapshot, or null before the first frame. Any thread. */
    public LiveSnapshot latest() {
        return latest;
    }

    public AlarmBoard alarms() {
        return alarms;
    }

    public SessionLog sessionLog() {
        return log;
    }

    public SessionState session() {
        return session;
    }

    public TableConfig table() {
        return table;
    }

    public String sourceDescription() {
        return source.description();
    }

    /** Sets every cell's zero now (Monitor.tare), on the acquisition thread. */
    public CompletableFuture<Void> tare() {
        return submit(() -> {
            monitor.tare();
            event("tare", "tare: every cell's zero set to its reading");
            return null;
        });
    }

    /**
     * Acknowledges a listed alarm (see {@link AlarmBoard#acknowledge}); the session log and the recorder
     * (as a note) get a line. Completes with false when no such alarm is listed.
     */
    public CompletableFuture<Boolean> acknowledge(long alarmId) {
        return submit(() -> {
            var listed = alarms.list().stream().filter(a -> a.alarm().id() == alarmId).findFirst();
            if (listed.isEmpty() || !alarms.acknowledge(alarmId)) {
                return false;
            }
            String text = "alarm " + alarmId + " (" + listed.get().alarm().type() + ") acknowledged";
            event("alarm", text);
            if (recorder != null && session.running()) {
                guardRecorder(() -> {
                    recorder.note(lastFrameTMs, text);
                    return null;
                });
            }
            return true;
        });
    }

    /** Forces the phase (the manual override), or returns to the automatic phase with null. */
    public CompletableFuture<Void> overridePhase(Phase phase) {
        return submit(() -> {
            monitor.overridePhase(phase);
            event("phase", phase == null ? "phase back to automatic" : "phase set by hand to " + phase);
            return null;
        });
    }

    /**
     * Starts a session: the monitor switches profiles, the recorder begins (ending any session still open).
     * Without a recorder the session has an id of its own and is not recorded.
     */
    public CompletableFuture<SessionState> startSession(ClientProfile client, PractitionerProfile practitioner) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(practitioner, "practitioner");
        return submit(() -> {
            if (session.running()) {
                endSession();
            }
            monitor.changeProfiles(client, practitioner);
            long now = System.currentTimeMillis();
            String id = null;
            if (recorder != null) {
                id = guardRecorder(() -> recorder.begin(new SessionInfo(table, client, practitioner, now, source.description())));
            }
            if (id == null) {
                id = "live-" + now;
            }
            session = new SessionState(id, client, practitioner, now);
            log.reset();
            event("session", "session " + id + " started: client " + client.id() + ", practitioner " + practitioner.id());
            listener.contextChanged();
            return session;
        });
    }

    /** Stops the session (the recorder ends it); monitoring goes on with the same profiles. */
    public CompletableFuture<SessionState> stopSession() {
        return submit(() -> {
            if (session.running()) {
                endSession();
                listener.contextChanged();
            }
            return session;
        });
    }

    /** Captures the next {@code samples} raw values of one channel (for calibration); fails if the source gives kg. */
    public CompletableFuture<double[]> captureRaw(int channel, int samples) {
        if (channel < 0 || channel >= table.channelCount()) {
            throw new IllegalArgumentException("channel must be in [0, " + table.channelCount() + "), was " + channel);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be positive, was " + samples);
        }
        RawCapture capture = new RawCapture(channel, samples);
        return submit(() -> captures.add(capture)).thenCompose(added -> capture.result());
    }

    /** Replaces the table config (a new calibration): a fresh monitor starts, so the baseline is captured again. */
    public CompletableFuture<Void> replaceTable(TableConfig newTable) {
        Objects.requireNonNull(newTable, "table");
        return submit(() -> {
            if (newTable.channelCount() != table.channelCount()) {
                throw new IllegalArgumentException("the new table has " + newTable.channelCount()
                        + " cells, the running one " + table.channelCount());
            }
            monitor = new Monitor(newTable, session.client(), session.practitioner(), new Alarms());
            table = newTable;
            alarms.clear();
            event("calibration", "table config replaced (new calibration): the monitor restarted");
            listener.contextChanged();
            return null;
        });
    }

    public PipelineHealth health() {
        SourceHealth sourceHealth = source.health();
        long last = lastFrameNanos;
        Double ageMs = last < 0 ? null : (clock.nanoTime() - last) / 1e6;
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
        if (framesDropped.get() > 0) {
            faults.add(framesDropped.get() + " frames dropped: the acquisition thread fell behind");
        }
        if (recorderFault != null) {
            faults.add("recorder: " + recorderFault);
        }
        if (recorderThrew != null) {
            faults.add("recorder threw " + recorderThrew);
        }
        if (pipelineFault != null) {
            faults.add("pipeline: " + pipelineFault);
        }
        return new PipelineHealth(source.description(), sourceHealth, ageMs, framesIn.get(), framesDropped.get(), faults);
    }

    /** Stops the source, ends any open session and stops the acquisition thread. */
    @Override
    public void close() {
        source.close();
        if (running) {
            try {
                stopSession().get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("could not end the session cleanly: {}", e.toString());
            }
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable command = () -> {
            try {
                result.complete(work.call());
            } catch (Exception | AssertionError e) {
                result.completeExceptionally(e);
            }
        };
        if (!running || !inbox.offer(command)) {
            result.completeExceptionally(new IllegalStateException(running
                    ? "the acquisition thread is busy, try again" : "the acquisition pipeline is not running"));
        }
        return result;
    }

    private void loop() {
        long nextWatchdog = clock.nanoTime();
        while (running) {
            try {
                Object item = inbox.poll(WATCHDOG_PERIOD_MS / 2, TimeUnit.MILLISECONDS);
                if (item instanceof Arrival arrival) {
                    onFrame(arrival);
                } else if (item instanceof Runnable command) {
                    command.run();
                } else if (item instanceof String sourceMessage) {
                    event("source", sourceMessage);
                }
                long now = clock.nanoTime();
                if (now - nextWatchdog >= 0) {
                    watchdog(now);
                    nextWatchdog = now + TimeUnit.MILLISECONDS.toNanos(WATCHDOG_PERIOD_MS);
                }
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                // Monitoring never stops on its own: report the fault and go on with the next frame.
                pipelineFault = e.toString();
                LOG.error("acquisition: {}", e.toString(), e);
            }
        }
    }

    private void onFrame(Arrival arrival) {
        Frame frame = arrival.frame();
        if (frame.channelCount() != table.channelCount()) {
            pipelineFault = "the source gives " + frame.channelCount() + " channels, the table config has "
                    + table.channelCount() + ": frames ignored";
            return;
        }
        monitor.accept(frame);
        Estimate estimate = monitor.estimate();
        lastFrameTMs = frame.tMs();
        lastProcessedNanos = arrival.nanos();
        latest = new LiveSnapshot(++seq, estimate, arrival.epochUs(), arrival.nanos());
        listener.frameProcessed();
        if (recorder != null && session.running()) {
            guardRecorder(() -> {
                recorder.frame(frame, estimate);
                return null;
            });
        }
        if (!captures.isEmpty()) {
            Iterator<RawCapture> it = captures.iterator();
            while (it.hasNext()) {
                if (it.next().offer(frame)) {
                    it.remove();
                }
            }
        }
    }

    private void watchdog(long nowNanos) {
        // with frames still waiting in the inbox the signal is not lost, this thread is only behind
        if (!Double.isNaN(lastFrameTMs) && inbox.isEmpty()) {
            monitor.checkSilence(lastFrameTMs + (nowNanos - lastProcessedNanos) / 1e6);
        }
        alarms.refresh(monitor.activeAlarms());
        if (recorder != null) {
            String fault = guardRecorder(recorder::fault);
            if (fault != null && !fault.equals(recorderFault)) {
                event("fault", "recorder: " + fault);
            }
            recorderFault = fault;
        }
    }

    private void endSession() {
        SessionState ended = session;
        if (recorder != null) {
            guardRecorder(() -> {
                recorder.end(lastFrameTMs);
                return null;
            });
        }
        event("session", "session " + ended.sessionId() + " stopped");
        session = new SessionState(null, ended.client(), ended.practitioner(), 0);
    }

    /** Runs a recorder call; a throw (which the contract forbids) becomes a recorder fault, never a stop. */
    private <T> T guardRecorder(Callable<T> call) {
        try {
            return call.call();
        } catch (Exception | LinkageError e) {
            String fault = e.toString();
            if (!fault.equals(recorderThrew)) {
                LOG.error("recorder threw {}", fault, e);
                recorderThrew = fault;
                event("fault", "recorder threw " + fault);
            }
            return null;
        }
    }

    private void event(String kind, String text) {
        listener.sessionEvent(log.add(lastFrameTMs, System.currentTimeMillis(), kind, text));
    }

    /** Monitor callbacks, on the acquisition thread. */
    private final class Alarms implements AlarmListener {
        @Override
        public void raised(AlarmEvent alarm) {
            alarms.raised(alarm);
            changed(alarm, "raised");
        }

        @Override
        public void cleared(AlarmEvent alarm) {
            alarms.cleared(alarm);
            changed(alarm, "ended");
        }

        private void changed(AlarmEvent alarm, String how) {
            if (recorder != null && session.running()) {
                guardRecorder(() -> {
                    recorder.alarm(alarm);
                    return null;
                });
            }
            listener.alarmChanged(alarm);
            event("alarm", alarm.type() + " " + how + (alarm.zone() != null ? " in " + alarm.zone() : "")
                    + (alarm.channel() != null ? " on " + alarm.channel() : "")
                    + (alarm.detail() != null ? " (" + alarm.detail() + ")" : ""));
        }
    }

    /** A frame as it entered the server, with its arrival stamps. */
    private record Arrival(Frame frame, long epochUs, long nanos) {
    }

    /** Called by the source on its own thread: copies the frame (the source may reuse its array) and queues it. */
    private final class Sink implements FrameSink {
        @Override
        public void accept(Frame frame) {
            long nanos = clock.nanoTime();
            Arrival arrival = new Arrival(new Frame(frame.tMs(), frame.values().clone(), frame.inKg()),
                    clock.epochMicros(), nanos);
            framesIn.incrementAndGet();
            lastFrameNanos = nanos;
            if (!inbox.offer(arrival)) {
                framesDropped.incrementAndGet();
            }
        }

        @Override
        public void sourceEvent(String message) {
            LOG.info("source: {}", message);
            inbox.offer(message);
        }
    }
}
