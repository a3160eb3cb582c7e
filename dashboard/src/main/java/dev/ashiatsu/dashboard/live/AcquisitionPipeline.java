package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.TareCheck;
import dev.ashiatsu.core.band.TargetBand;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.core.source.FrameSource;
import dev.ashiatsu.recorder.SessionRecorder;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The live path as the web layer sees it: a source feeding an {@link AcquisitionLoop} that drives one
 * {@link LiveSession}, with a {@link HealthReport}. Commands return futures completed on the acquisition
 * thread; the accessors are safe from any thread. See the package picture.
 */
public final class AcquisitionPipeline implements AutoCloseable {

    private final FrameSource source;
    private final LiveSession session;
    private final AcquisitionLoop loop;
    private final HealthReport health;
    private final LiveListeners listeners;

    /**
     * @param recorder null for none
     * @param listener told of alarm changes, session events and context changes (on the acquisition thread)
     */
    public AcquisitionPipeline(FrameSource source, TableConfig table, ClientProfile client,
                               PractitionerProfile practitioner, SessionRecorder recorder, Clock clock,
                               LiveListener listener) {
        this.source = Objects.requireNonNull(source, "source");
        this.listeners = new LiveListeners(Objects.requireNonNull(listener, "listener"));
        this.session = new LiveSession(source.description(), table, client, practitioner, recorder, listeners, clock);
        this.loop = new AcquisitionLoop(clock, session);
        this.health = new HealthReport(source, loop, session, clock);
    }

    /** Where more listeners join; each is told on the acquisition thread and must return at once. */
    LiveListeners listeners() {
        return listeners;
    }

    /** Starts the acquisition thread, then the source. */
    public void start() {
        loop.start();
        source.start(loop.sink());
    }

    /** The latest snapshot, or null before the first frame. */
    public LiveSnapshot latest() {
        return session.latest();
    }

    public AlarmBoard alarms() {
        return session.alarms();
    }

    public SessionLog sessionLog() {
        return session.log();
    }

    public SessionState session() {
        return session.session();
    }

    public TableConfig table() {
        return session.table();
    }

    public String sourceDescription() {
        return source.description();
    }

    /** Whether zeros may be set now (tare, unloaded calibration reading), as of the last frame. */
    public TareCheck tareCheck() {
        return session.tareCheck();
    }

    public PipelineHealth health() {
        return health.now();
    }

    /** Sets every cell's zero now; fails with {@link TareRefused} unless the table is empty and steady. */
    public CompletableFuture<Void> tare() {
        return run(session::tare);
    }

    /** Acknowledges a listed alarm (see {@link AlarmBoard#acknowledge}); false when no such alarm is listed. */
    public CompletableFuture<Boolean> acknowledge(long alarmId) {
        return loop.submit(() -> session.acknowledge(alarmId));
    }

    /** Forces the phase (the manual override), or returns to the automatic phase with null. */
    public CompletableFuture<Void> overridePhase(Phase phase) {
        return run(() -> session.overridePhase(phase));
    }

    /** Starts a session (ending any still open); without a recorder its id is {@code live-<epoch ms>}. */
    public CompletableFuture<SessionState> startSession(ClientProfile client, PractitionerProfile practitioner) {
        return loop.submit(() -> session.start(client, practitioner));
    }

    /** Sets the audible load guide of the session (see {@link GuideSetting}). */
    /** Sets the running session's target bands (see {@code LiveSession.setBands}); fails with the refusal. */
    public CompletableFuture<SessionState> setBands(Map<Zone, TargetBand> bands) {
        return loop.submit(() -> session.setBands(bands));
    }

    public CompletableFuture<SessionState> setGuide(GuideSetting guide) {
        return loop.submit(() -> session.setGuide(guide));
    }

    /** Adds a line to the session's event list (see {@link SessionLog}), on the acquisition thread. */
    public CompletableFuture<Void> recordEvent(String kind, String text) {
        return run(() -> session.recordEvent(kind, text));
    }

    /** Stops the session (the recorder ends it); monitoring goes on with the same profiles. */
    public CompletableFuture<SessionState> stopSession() {
        return loop.submit(session::stop);
    }

    /**
     * Captures the next {@code samples} raw values of one channel (for calibration); fails if the source
     * gives kg, with a {@code TimeoutException} after 5 s plus the samples' time at the table's rate, and
     * for an {@code unloaded} capture with {@link TareRefused} unless the table is empty and steady throughout.
     */
    public CompletableFuture<double[]> captureRaw(int channel, int samples, boolean unloaded) {
        RawCapture capture = RawCapture.timed(session.table(), channel, samples, unloaded);
        return run(() -> session.addCapture(capture)).thenCompose(added -> capture.result());
    }

    /** Replaces the table config (a new calibration); see {@link LiveSession#replaceTable}. */
    public CompletableFuture<Void> replaceTable(TableConfig newTable) {
        return run(() -> session.replaceTable(newTable));
    }

    private CompletableFuture<Void> run(Runnable command) {
        return loop.submit(() -> {
            command.run();
            return null;
        });
    }

    /** Stops the source, ends any open session (alarms ended in the journal) and stops the thread. */
    @Override
    public void close() {
        source.close();
        loop.closeAfter(session::stop);
    }
}
