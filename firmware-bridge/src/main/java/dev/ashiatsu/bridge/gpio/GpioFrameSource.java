package dev.ashiatsu.bridge.gpio;

import com.pi4j.context.Context;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.FrameSource;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.core.source.SourceHealth;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HX711 chips on a Raspberry Pi's GPIO as a {@link FrameSource}: one reading thread clocks the chips
 * (paced by their data rate) and delivers {@code Frame.ofRaw(tMs, counts)} in the table config's channel
 * order, {@code tMs} on the host's monotonic clock from the start, NaN where a chip had no valid reading.
 * A train in which no chip was ready delivers no frame, so a dead chip supply shows as a signal loss.
 * Button presses ({@link Pi4jButtons}), debounced, go to {@link FrameSink#input} before the next frame, each
 * timed when it began (not before the last frame).
 *
 * <p>{@link #health()} maps the GPIO counters onto {@link InputCounters}: {@code framesRead} frames,
 * {@code linesRejected} readings missing or discarded as suspect (timeouts + suspect), {@code resets} the
 * times the reader reset the chips to put them back in step. {@link #counters()} has the detail.
 */
public final class GpioFrameSource implements FrameSource {

    private static final Logger LOG = LoggerFactory.getLogger(GpioFrameSource.class);
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long RATE_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final GpioConfig config;
    private final Hx711Pins pins;
    private final String description;
    private final int[] channelOfChip;
    private final boolean[] chipMissing;
    private final ArrayDeque<Long> recentFrames = new ArrayDeque<>();
    private final Pi4jButtons buttons;
    private double lastFrameMs;

    private volatile boolean running;
    private boolean closed;
    private volatile String state = "starting";
    private volatile String lastError;
    private Thread thread;
    private long frames;
    private long timeouts;
    private long suspect;
    private long settling;
    private long overruns;
    private long chipResets;

    /**
     * A source on pins the caller provides (and this source closes).
     *
     * @param description how the user named it, e.g. {@code gpio:/etc/ashiatsu/gpio.yaml}
     */
    public GpioFrameSource(GpioConfig config, Hx711Pins pins, String description) {
        this(config, pins, null, description);
    }

    /**
     * A source on pins and buttons the caller provides (and this source closes).
     *
     * @param buttons the table's buttons, on the same nanosecond clock as the chips' readings
     *                ({@code System::nanoTime}); null for none
     */
    public GpioFrameSource(GpioConfig config, Hx711Pins pins, Pi4jButtons buttons, String description) {
        this.buttons = buttons;
        this.config = Objects.requireNonNull(config, "config");
        this.pins = Objects.requireNonNull(pins, "pins");
        this.description = Objects.requireNonNull(description, "description");
        if (pins.chipCount() != config.chips().size()) {
            throw new IllegalArgumentException("pins for " + pins.chipCount() + " chips, config has " + config.chips().size());
        }
        this.channelOfChip = config.channelOfChip();
        this.chipMissing = new boolean[pins.chipCount()];
    }

    /**
     * Reads a GPIO config and claims its pins on this machine's GPIO, on the process's one Pi4J context
     * (shared with {@link Pi4jSignalOutputs#open}).
     *
     * @throws ConfigException for a bad config, or when Pi4J finds no GPIO hardware here
     */
    public static GpioFrameSource open(Path configFile) {
        GpioConfig config = GpioConfigReader.read(configFile);
        Context pi4j;
        try {
            pi4j = Pi4jContexts.hardware("the gpio source");
        } catch (IllegalStateException e) {
            throw new ConfigException(configFile + ": " + e.getMessage(), e);
        }
        try {
            Hx711Pins pins = new Pi4jHx711Pins(pi4j, config.clockPin(), config.dataPins());
            Pi4jButtons buttons = config.buttons() == null ? null
                    : new Pi4jButtons(pi4j, config.buttons(), System::nanoTime);
            return new GpioFrameSource(config, pins, buttons, "gpio:" + configFile);
        } catch (RuntimeException e) {
            throw new ConfigException(configFile + ": cannot claim the GPIO pins (" + e.getMessage() + ")", e);
        }
    }

    /** The table config named by the GPIO config: the monitor for this source is built on it. */
    public TableConfig table() {
        return config.table();
    }

    public GpioConfig config() {
        return config;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public synchronized void start(FrameSink sink) {
        if (thread != null || closed) {
            throw new IllegalStateException(closed ? "closed" : "already started");
        }
        running = true;
        thread = new Thread(() -> run(sink), "gpio-hx711");
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    private void run(FrameSink sink) {
        long startNanos = System.nanoTime();
        Hx711Array chips = null;
        while (running) {
            try {
                if (chips == null) {
                    chips = new Hx711Array(pins, config.gain(), (long) (config.readyTimeoutMs() * 1e6));
                }
                Hx711Reading reading = chips.read();
                if (running) {
                    deliverPresses(startNanos, sink);
                    deliver(reading, startNanos, sink);
                }
            } catch (RuntimeException e) {
                chips = null;
                fail(sink, "GPIO read failed: " + e);
                LockSupport.parkNanos(RETRY_NANOS);
            }
        }
        state = "stopped";
    }

    private void deliver(Hx711Reading reading, long startNanos, FrameSink sink) {
        synchronized (this) {
            timeouts += reading.count(ChipStatus.NOT_READY);
            suspect += reading.count(ChipStatus.SUSPECT);
            settling += reading.count(ChipStatus.SETTLING);
            if (reading.overran()) {
                overruns++;
            }
            if (reading.chipsReset()) {
                chipResets++;
            }
        }
        reportReadiness(reading, sink);
        if (reading.count(ChipStatus.NOT_READY) == reading.chipCount()) {
            lastError = "no HX711 ready within " + config.readyTimeoutMs() + " ms";
            return;
        }
        double[] values = new double[config.table().channelCount()];
        Arrays.fill(values, Double.NaN);
        for (int chip = 0; chip < reading.chipCount(); chip++) {
            values[channelOfChip[chip]] = reading.value(chip);
        }
        double tMs = (reading.readyNanos() - startNanos) / 1e6;
        synchronized (this) {
            frames++;
            recentFrames.addLast(reading.readyNanos());
            while (reading.readyNanos() - recentFrames.peekFirst() > RATE_WINDOW_NANOS) {
                recentFrames.removeFirst();
            }
        }
        state = "running";
        lastFrameMs = tMs;
        try {
            sink.accept(Frame.ofRaw(tMs, values));
        } catch (RuntimeException e) {
            LOG.error("frame sink failed on the frame at {} ms; reading goes on", tMs, e);
        }
    }

    /** The presses confirmed since the last frame, each at the time it began but not before that frame. */
    private void deliverPresses(long startNanos, FrameSink sink) {
        if (buttons == null) {
            return;
        }
        for (ButtonInputs.Press press : buttons.presses()) {
            double tMs = Math.max(lastFrameMs, (press.nanos() - startNanos) / 1e6);
            try {
                sink.input(new InputEvent(tMs, press.input()));
            } catch (RuntimeException e) {
                LOG.error("frame sink failed on a {} press; reading goes on", press.input(), e);
            }
        }
    }

    /** One source event when a chip stops answering and one when it is back, not one per frame. */
    private void reportReadiness(Hx711Reading reading, FrameSink sink) {
        for (int chip = 0; chip < reading.chipCount(); chip++) {
            boolean missing = reading.status()[chip] == ChipStatus.NOT_READY;
            if (missing != chipMissing[chip]) {
                chipMissing[chip] = missing;
                String cell = config.chips().get(chip).cellId();
                String message = missing
                        ? "HX711 of cell " + cell + " (GPIO " + config.chips().get(chip).dataPin() + ") not ready"
                        : "HX711 of cell " + cell + " ready again";
                if (missing) {
                    lastError = message;
                }
                LOG.warn(message);
                sink.sourceEvent(message);
            }
        }
    }

    /** Logs and reports a failure once per run of failures; the reading thread then retries each second. */
    private void fail(FrameSink sink, String message) {
        boolean first = !"failed".equals(state);
        state = "failed";
        lastError = message;
        if (first) {
            LOG.error(message);
            sink.sourceEvent(message);
        } else {
            LOG.debug(message);
        }
    }

    public synchronized GpioCounters counters() {
        return new GpioCounters(frames, timeouts, suspect, settling, overruns, chipResets);
    }

    @Override
    public SourceHealth health() {
        GpioCounters c;
        double rate = Double.NaN;
        synchronized (this) {
            c = counters();
            if (recentFrames.size() >= 2) {
                rate = (recentFrames.size() - 1) * 1e9 / (recentFrames.peekLast() - recentFrames.peekFirst());
            }
        }
        InputCounters input = new InputCounters(c.frames(), c.timeouts() + c.suspectReadings(), 0, 0, c.chipResets());
        return new SourceHealth(state, input, rate, lastError);
    }

    @Override
    public void close() {
        Thread reader;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            running = false;
            reader = thread;
        }
        if (reader != null) {
            try {
                reader.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            pins.close();
            if (buttons != null) {
                buttons.close();
            }
        } finally {
            state = "stopped";
        }
    }
}
