package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.Monitor;
import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.TareCheck;
import dev.ashiatsu.core.band.BandLimits;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.core.band.InBandAccumulator;
import dev.ashiatsu.core.band.TargetBand;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.Ranges;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.recorder.SessionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monitoring and the session being recorded: owns the {@link Monitor} (a new one on each calibration),
 * the listed alarms (changes go through {@link SessionAlarms}), the session log and the recorder calls. Every method but the accessors runs on the
 * acquisition thread; the accessors read volatile snapshots from any thread.
 *
 * <p>The alarm rules of a session:
 * <ul>
 *   <li>ids are unique within the server's run: a replacing monitor continues the old one's numbering;</li>
 *   <li>every alarm active when the monitor is replaced, or the session stops, gets its end in the journal;</li>
 *   <li>a replaced monitor's unacknowledged HIGH alarms stay listed (ended) until acknowledged;</li>
 *   <li>a new session lists no ended alarm of the one before; an alarm still active goes on, and its start
 *       is written into the new session's journal.</li>
 * </ul>
 * Zeros are set (tare, or a cell's unloaded calibration reading) only when {@link Monitor#tareCheck()} says safe.
 */
final class LiveSession implements AcquisitionLoop.Handler {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSession.class);
    /** Longest time one frame counts for in the live in-band time (a gap is not time under load), ms. */
    private static final double MAX_STEP_MS = 250;

    private final String sourceDescription;
    private final LiveListener listener;
    private final AlarmBoard alarms = new AlarmBoard();
    private final SessionLog log = new SessionLog();
    private final RecorderGuard recorder;
    private final SessionAlarms sessionAlarms;
    private final List<RawCapture> captures = new ArrayList<>();

    private volatile TableConfig table;
    private volatile SessionState session;
    private volatile LiveSnapshot latest;
    private volatile TareCheck tareCheck;
    private volatile String fault;
    private final Clock clock;
    private Monitor monitor;
    private double lastFrameTMs = Double.NaN;
    private long lastProcessedNanos;
    private long seq;
    /** The running session's time in its target bands; a new one for each session. */
    private InBandAccumulator inBand = new InBandAccumulator();

    /**
     * @param recorder null for none
     * @param clock    its wall clock stamps session starts and session events
     */
    LiveSession(String sourceDescription, TableConfig table, ClientProfile client, PractitionerProfile practitioner,
                dev.ashiatsu.recorder.SessionRecorder recorder, LiveListener listener, Clock clock) {
        this.sourceDescription = sourceDescription;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.table = Objects.requireNonNull(table, "table");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.recorder = new RecorderGuard(recorder, text -> event("fault", text));
        this.sessionAlarms = new SessionAlarms(alarms, this.recorder, listener, this::event, () -> session.running());
        this.session = new SessionState(null, Objects.requireNonNull(client, "client"),
                Objects.requireNonNull(practitioner, "practitioner"), 0);
        this.monitor = new Monitor(table, client, practitioner, sessionAlarms);
        this.tareCheck = monitor.tareCheck();
    }

    // ---- accessors, any thread

    LiveSnapshot latest() {
        return latest;
    }

    AlarmBoard alarms() {
        return alarms;
    }

    SessionLog log() {
        return log;
    }

    SessionState session() {
        return session;
    }

    TableConfig table() {
        return table;
    }

    /** Whether zeros may be set now, as of the last frame. */
    TareCheck tareCheck() {
        return tareCheck;
    }

    RecorderGuard recorder() {
        return recorder;
    }

    /** The last fault while processing (a throw, frames of the wrong width), or null. */
    String fault() {
        return fault;
    }

    // ---- the loop's calls

    @Override
    public void frame(AcquisitionLoop.Mail.FrameArrived arrival) {
        Frame frame = arrival.frame();
        if (frame.channelCount() != table.channelCount()) {
            fault = "the source gives " + frame.channelCount() + " channels, the table config has "
                    + table.channelCount() + ": frames ignored";
            return;
        }
        monitor.accept(frame);
        Estimate estimate = monitor.estimate();
        double stepMs = Double.isNaN(lastFrameTMs) ? 0 : Math.min(frame.tMs() - lastFrameTMs, MAX_STEP_MS);
        lastFrameTMs = frame.tMs();
        lastProcessedNanos = arrival.nanos();
        tareCheck = monitor.tareCheck();
        SessionState now = session;
        TargetBand band = now.bands().of(estimate.zone());
        Double inBandPercent = null;
        if (now.running()) {
            inBand.add(stepMs, estimate.appliedKg(), estimate.practitionerKg(), estimate.zone(), now.bands());
            inBandPercent = inBand.inBandPercent();
        }
        latest = new LiveSnapshot(++seq, estimate, arrival.epochUs(), arrival.nanos(), band, inBandPercent);
        listener.frameProcessed();
        if (session.running()) {
            recorder.frame(frame, estimate);
        }
        if (!captures.isEmpty()) {
            captures.removeIf(capture -> capture.offer(frame, tareCheck));
        }
    }

    /** A button at the table: acted on by the monitor at the press's own time (see {@link SessionAlarms#press}). */
    @Override
    public void input(InputEvent press) {
        sessionAlarms.press(monitor, press);
    }

    @Override
    public void sourceNote(String text) {
        event("source", text);
    }

    @Override
    public void tick(long nowNanos, boolean framesWaiting) {
        if (!Double.isNaN(lastFrameTMs) && !framesWaiting) {
            monitor.checkSilence(lastFrameTMs + (nowNanos - lastProcessedNanos) / 1e6);
        }
        alarms.refresh(monitor.activeAlarms());
        recorder.pollFault();
        captures.removeIf(capture -> capture.result().isDone());
    }

    @Override
    public void fault(Throwable error) {
        fault = error.toString();
        LOG.error("acquisition: {}", error.toString(), error);
    }

    // ---- commands, on the acquisition thread

    /** Sets every cell's zero now; refused unless the table is empty and steady. */
    void tare() {
        TareCheck check = monitor.tareCheck();
        if (!check.safe()) {
            event("tare", "tare refused: " + check.reason());
            throw TareRefused.tare(check);
        }
        monitor.tare();
        tareCheck = monitor.tareCheck();
        event("tare", "tare: every cell's zero set to its reading");
    }

    /** Starts collecting a capture; an unloaded one is refused now unless the table is empty and steady. */
    void addCapture(RawCapture capture) {
        if (capture.unloaded() && !monitor.tareCheck().safe()) {
            throw TareRefused.unloadedReading(monitor.tareCheck());
        }
        captures.add(capture);
    }

    /** Acknowledges a listed alarm (the page's button); false when no such alarm is listed. */
    boolean acknowledge(long alarmId) {
        return sessionAlarms.acknowledgeByHand(monitor, alarmId, lastFrameTMs);
    }

    void overridePhase(Phase phase) {
        monitor.overridePhase(phase);
        event("phase", phase == null ? "phase back to automatic" : "phase set by hand to " + phase);
    }

    /**
     * Starts a session (ending any still open); the ended alarms of before leave the list. A client whose
     * crown is off this table is refused ({@code InvalidField}) before anything changes: the running
     * session goes on.
     */
    SessionState start(ClientProfile client, PractitionerProfile practitioner) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(practitioner, "practitioner");
        Ranges.checkFits(client, table);
        if (session.running()) {
            stop();
        }
        monitor.changeProfiles(client, practitioner);
        long now = clock.epochMillis();
        String id = recorder.begin(new SessionInfo(table, client, practitioner, now, sourceDescription));
        if (id == null) {
            id = "live-" + now;
        }
        session = new SessionState(id, client, practitioner, now);
        inBand = new InBandAccumulator();
        log.reset();
        sessionAlarms.sessionStarted(monitor.activeAlarms());
        event("session", "session " + id + " started: client " + client.id() + ", practitioner " + practitioner.id());
        listener.contextChanged();
        return session;
    }

    /** Sets the session's audible load guide; recorded as a session event and announced on the context. */
    SessionState setGuide(GuideSetting guide) {
        session = session.withGuide(Objects.requireNonNull(guide, "guide"));
        event("guide", guide.describe());
        listener.contextChanged();
        return session;
    }

    /**
     * Sets the running session's target bands (an empty map clears them), in force from the next frame: recorded
     * in its journal with the moment (the last frame's time), a session event and announced on the context.
     * Refused ({@link IllegalStateException}) without a running session, and ({@link BandRefused}) when a band's
     * top lies above the client's limit in its zone, the zone is no-go, or the practitioner's weight is unknown:
     * a band never teaches going over a limit. Nothing changes when refused.
     */
    SessionState setBands(Map<Zone, TargetBand> bands) {
        SessionState now = session;
        if (!now.running()) {
            throw new IllegalStateException("no session is running: target bands belong to a session, start one first");
        }
        Double weight = now.practitioner().weightKg();
        bands.forEach((zone, band) -> {
            String refusal = BandLimits.refusal(zone, band, now.client(), weight == null ? Double.NaN : weight);
            if (refusal != null) {
                throw new BandRefused("bands." + zone + ".highPercent", refusal);
            }
        });
        BandSet set = new BandSet(Double.isNaN(lastFrameTMs) ? null : lastFrameTMs, bands);
        recorder.bands(set);
        session = now.withBands(set);
        event("bands", "target bands: " + set.describe());
        listener.contextChanged();
        return session;
    }

    /** Adds a line to the session's event list for something decided outside monitoring (e.g. a limit accepted). */
    void recordEvent(String kind, String text) {
        event(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(text, "text"));
    }

    /** Stops the session: each alarm still active gets its end in the journal, then the journal ends. */
    SessionState stop() {
        SessionState ended = session;
        if (!ended.running()) {
            return ended;
        }
        sessionAlarms.sessionStopping(monitor.activeAlarms(), lastFrameTMs);
        recorder.end(lastFrameTMs);
        event("session", "session " + ended.sessionId() + " stopped");
        session = new SessionState(null, ended.client(), ended.practitioner(), 0);
        listener.contextChanged();
        return session;
    }

    /**
     * A new calibration: a fresh monitor (the baseline is captured again) continues the alarm numbering;
     * the old one's active alarms end (in the journal too), its unacknowledged HIGH alarms stay listed.
     * Refused ({@link TareRefused}) while the phase is LOADED: the fresh monitor would lose the baseline.
     */
    void replaceTable(TableConfig newTable) {
        Objects.requireNonNull(newTable, "table");
        TareRefused.requireNotLoadedForNewCalibration(monitor.tareCheck());
        if (newTable.channelCount() != table.channelCount()) {
            throw new IllegalArgumentException("the new table has " + newTable.channelCount()
                    + " cells, the running one " + table.channelCount());
        }
        Monitor old = monitor;
        Monitor next = new Monitor(newTable, session.client(), session.practitioner(), sessionAlarms,
                old.nextAlarmId());
        old.endAlarms();
        monitor = next;
        table = newTable;
        tareCheck = next.tareCheck();
        event("calibration", "table config replaced (new calibration): the monitor restarted");
        listener.contextChanged();
    }

    private void event(String kind, String text) {
        listener.sessionEvent(log.add(lastFrameTMs, clock.epochMillis(), kind, text));
    }
}
