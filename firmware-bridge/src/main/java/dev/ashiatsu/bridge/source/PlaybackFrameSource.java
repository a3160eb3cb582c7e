package dev.ashiatsu.bridge.source;

import dev.ashiatsu.bridge.file.FrameReader;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.FrameSource;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.core.source.SourceHealth;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Plays a recorded file (capture or CSV) as a live source, in real time on an injected clock, optionally
 * looping. Delivered frames are re-timed onto that clock: the first frame at the moment playback starts, the
 * others keeping the file's spacing; a new loop starts one nominal period after the last frame. So the
 * monitor's silence watchdog, reading the same clock, sees gaps in the file as real gaps. The file's button
 * presses go to {@link FrameSink#input}, re-timed the same way, in order with the frames.
 *
 * <p>A file that cannot be read on ends playback with state {@code failed}; the end of a file without looping
 * ends it with state {@code stopped}. One thread of its own calls the sink.
 */
public final class PlaybackFrameSource implements FrameSource {

    private final String description;
    private final FrameReaderOpener opener;
    private final boolean loop;
    private final double nominalPeriodMs;
    private final Clock clock;
    private final RateMeter rate = new RateMeter();

    private volatile boolean closing;
    private volatile String state = "starting";
    private volatile String lastError;
    private volatile InputCounters counters = InputCounters.NONE;
    /** Frames handed to the sink, over every loop; written by the playing thread only. */
    private long delivered;
    private Thread player;

    /**
     * @param description   the source as the user named it, e.g. {@code capture:session.log}
     * @param nominalRateHz the table's rate; spaces the end of one loop from the start of the next
     */
    public PlaybackFrameSource(String description, FrameReaderOpener opener, boolean loop, double nominalRateHz,
                               Clock clock) {
        this.description = Objects.requireNonNull(description, "description");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!(nominalRateHz > 0)) {
            throw new IllegalArgumentException("nominal rate must be positive, was " + nominalRateHz);
        }
        this.loop = loop;
        this.nominalPeriodMs = 1000.0 / nominalRateHz;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public synchronized void start(FrameSink sink) {
        if (player != null) {
            throw new IllegalStateException(description + " already started");
        }
        Objects.requireNonNull(sink, "sink");
        player = new Thread(() -> play(sink), "playback " + description);
        player.setDaemon(true);
        player.start();
    }

    @Override
    public SourceHealth health() {
        return new SourceHealth(state, counters, rate.rateHz(clock.monotonicMs()), lastError);
    }

    @Override
    public void close() {
        closing = true;
        Thread thread;
        synchronized (this) {
            thread = player;
        }
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        state = "stopped";
    }

    private void play(FrameSink sink) {
        state = "running";
        InputCounters earlierLoops = InputCounters.NONE;
        double loopStartMs = clock.monotonicMs();
        try {
            while (!closing) {
                double lastOutMs = Double.NaN;
                try (FrameReader reader = opener.open()) {
                    double firstFileMs = Double.NaN;
                    double lastFileMs = Double.NaN;
                    for (Frame frame = reader.next(); frame != null && !closing; frame = reader.next()) {
                        if (Double.isNaN(firstFileMs)) {
                            firstFileMs = frame.tMs();
                        }
                        double outMs = Math.max(loopStartMs + frame.tMs() - firstFileMs,
                                Double.isNaN(lastOutMs) ? loopStartMs : lastOutMs);
                        clock.sleepUntilMs(outMs);
                        deliverInputs(sink, reader.takeInputs(), outMs - frame.tMs(), lastOutMs, outMs);
                        deliver(sink, new Frame(outMs, frame.values(), frame.inKg()));
                        rate.record(outMs);
                        lastOutMs = outMs;
                        lastFileMs = frame.tMs();
                        delivered++;
                        counters = played(sum(earlierLoops, reader.counters()));
                    }
                    if (!closing && !Double.isNaN(firstFileMs)) {
                        double shiftMs = lastOutMs - lastFileMs;
                        deliverInputs(sink, reader.takeInputs(), shiftMs, lastOutMs, Double.POSITIVE_INFINITY);
                    }
                    earlierLoops = sum(earlierLoops, reader.counters());
                    counters = played(earlierLoops);
                }
                if (!loop || Double.isNaN(lastOutMs)) {
                    break;
                }
                loopStartMs = lastOutMs + nominalPeriodMs;
                sink.sourceEvent(description + ": end of file, playing it again");
            }
            if (!closing) {
                sink.sourceEvent(description + ": end of file");
            }
            state = "stopped";
        } catch (InterruptedException e) {
            state = "stopped";
        } catch (IOException | RuntimeException e) {
            lastError = e.getMessage();
            state = "failed";
            sink.sourceEvent(description + ": playback stopped: " + e.getMessage());
        }
    }

    /**
     * Presses shifted by {@code shiftMs} like their frames, kept between the frames around them (after
     * {@code afterMs} unless that is NaN, at most {@code beforeMs}).
     */
    private void deliverInputs(FrameSink sink, List<InputEvent> inputs, double shiftMs, double afterMs, double beforeMs)
            throws InterruptedException {
        for (InputEvent input : inputs) {
            double outMs = Math.min(beforeMs, input.tMs() + shiftMs);
            if (!Double.isNaN(afterMs)) {
                outMs = Math.max(afterMs, outMs);
            }
            if (beforeMs == Double.POSITIVE_INFINITY) {
                clock.sleepUntilMs(outMs);
            }
            try {
                sink.input(new InputEvent(outMs, input.input()));
            } catch (RuntimeException e) {
                lastError = "the sink failed on a button press: " + e;
            }
        }
    }

    private void deliver(FrameSink sink, Frame frame) {
        try {
            sink.accept(frame);
        } catch (RuntimeException e) {
            lastError = "the sink failed on a frame: " + e;
        }
    }

    /**
     * The reader's counters with the frames actually played: a reader decodes ahead of what has been
     * delivered (a capture reader decodes a whole buffer of lines at a time).
     */
    private InputCounters played(InputCounters read) {
        return new InputCounters(delivered, read.linesRejected(), read.crcErrors(), read.seqGaps(), read.resets());
    }

    private static InputCounters sum(InputCounters a, InputCounters b) {
        return new InputCounters(a.framesRead() + b.framesRead(), a.linesRejected() + b.linesRejected(),
                a.crcErrors() + b.crcErrors(), a.seqGaps() + b.seqGaps(), a.resets() + b.resets());
    }
}
