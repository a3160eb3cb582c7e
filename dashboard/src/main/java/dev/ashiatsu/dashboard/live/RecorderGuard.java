package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.SessionRecorder;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live session's calls into the {@link SessionRecorder} (none when there is no recorder): a throw,
 * which the recorder's contract forbids, becomes a recorder fault reported once in the session log and
 * in health, never a stop. Called on the acquisition thread; the fault fields are read from any thread.
 */
final class RecorderGuard {

    private static final Logger LOG = LoggerFactory.getLogger(RecorderGuard.class);

    private final SessionRecorder recorder;
    private final Consumer<String> faultEvent;
    private volatile String fault;
    private volatile String threw;

    /**
     * @param recorder   null for none
     * @param faultEvent told the text of each new fault, for the session log
     */
    RecorderGuard(SessionRecorder recorder, Consumer<String> faultEvent) {
        this.recorder = recorder;
        this.faultEvent = faultEvent;
    }

    /** The recorded session's id, or null without a recorder (or when it threw). */
    String begin(SessionInfo info) {
        return call(() -> recorder.begin(info));
    }

    void frame(Frame frame, Estimate estimate) {
        run(() -> recorder.frame(frame, estimate));
    }

    void alarm(AlarmEvent alarm) {
        run(() -> recorder.alarm(alarm));
    }

    void note(double tMs, String text) {
        run(() -> recorder.note(tMs, text));
    }

    void bands(BandSet bands) {
        run(() -> recorder.bands(bands));
    }

    void end(double tMs) {
        run(() -> recorder.end(tMs));
    }

    /** Asks the recorder for its fault now; a new one goes to the session log. */
    void pollFault() {
        if (recorder == null) {
            return;
        }
        String now = call(recorder::fault);
        if (now != null && !now.equals(fault)) {
            faultEvent.accept("recorder: " + now);
        }
        fault = now;
    }

    /** The recorder's own fault at the last poll, or null. */
    String fault() {
        return fault;
    }

    /** The last throw out of the recorder, or null. */
    String threw() {
        return threw;
    }

    private void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }

    private <T> T call(Supplier<T> call) {
        if (recorder == null) {
            return null;
        }
        try {
            return call.get();
        } catch (RuntimeException | LinkageError e) {
            String text = e.toString();
            if (!text.equals(threw)) {
                LOG.error("recorder threw {}", text, e);
                threw = text;
                faultEvent.accept("recorder threw " + text);
            }
            return null;
        }
    }
}
