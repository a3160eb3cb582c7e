package dev.ashiatsu.bridge.serial;

import dev.ashiatsu.bridge.capture.CaptureWriter;
import dev.ashiatsu.bridge.protocol.DecoderListener;
import dev.ashiatsu.bridge.protocol.DeviceEvent;
import dev.ashiatsu.bridge.protocol.Hello;
import dev.ashiatsu.bridge.protocol.InputLine;
import dev.ashiatsu.bridge.protocol.ProtocolCounters;
import dev.ashiatsu.bridge.protocol.ProtocolDecoder;
import dev.ashiatsu.bridge.protocol.Rejection;
import dev.ashiatsu.bridge.source.RateMeter;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.FrameSource;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.core.source.SourceHealth;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames from a microcontroller speaking protocol v1 on a serial port.
 *
 * <p>One reader thread opens the port, sends {@code ?} (the device answers with its hello, whose channel count
 * is checked against the table), and decodes what arrives; frames are timed by {@link SerialOptions#clock()}
 * at the moment their bytes were read. When the port fails or vanishes it is reopened after a back-off,
 * for as long as the source is open; state changes go to {@link FrameSink#sourceEvent} and {@link #health()}.
 * Silence on an open port is not this class's business: the monitor's watchdog judges it. Each press of a
 * button (an input line with state 1) goes to {@link FrameSink#input}, on the frames' clock and thread, in
 * stream order; releases are not forwarded.
 */
public final class SerialFrameSource implements FrameSource {

    private static final Logger log = LoggerFactory.getLogger(SerialFrameSource.class);
    private static final byte[] QUERY = {'?', '\n'};
    private static final double EVENT_REPEAT_MS = 10_000;
    private static final long JOIN_MS = 2_000;

    private final String portPath;
    private final int baudRate;
    private final TableConfig table;
    private final SerialOptions options;
    private final ProtocolDecoder decoder;
    private final RateMeter rate = new RateMeter();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, Double> eventForwardedMs = new HashMap<>();

    private volatile String state = "starting";
    private volatile ProtocolCounters counters;
    private volatile String lastError;
    private Thread reader;
    private FrameSink sink;
    private CaptureWriter capture;

    public SerialFrameSource(String portPath, int baudRate, TableConfig table, SerialOptions options) {
        if (portPath == null || portPath.isBlank()) {
            throw new IllegalArgumentException("serial port path must not be empty");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, was " + baudRate);
        }
        this.portPath = portPath;
        this.baudRate = baudRate;
        this.table = Objects.requireNonNull(table, "table");
        this.options = Objects.requireNonNull(options, "options");
        this.decoder = ProtocolDecoder.forTable(table, new Listener());
        this.counters = decoder.counters();
    }

    @Override
    public String description() {
        return "serial:" + portPath + "@" + baudRate;
    }

    @Override
    public synchronized void start(FrameSink frameSink) {
        if (reader != null) {
            throw new IllegalStateException(description() + " already started");
        }
        this.sink = Objects.requireNonNull(frameSink, "sink");
        reader = new Thread(this::run, "serial " + portPath);
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public SourceHealth health() {
        return new SourceHealth(state, counters.toInputCounters(), rate.rateHz(options.clock().monotonicMs()),
                lastError);
    }

    /** Every decoder counter, with rejections per reason. */
    public ProtocolCounters protocolCounters() {
        return counters;
    }

    @Override
    public void close() {
        closing.countDown();
        Thread thread;
        synchronized (this) {
            thread = reader;
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(JOIN_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        state = "stopped";
    }

    private boolean isClosing() {
        return closing.getCount() == 0;
    }

    private void run() {
        openCapture();
        Backoff backoff = new Backoff(options.firstRetry(), options.maxRetry());
        boolean everOpened = false;
        boolean outageReported = false;
        while (!isClosing()) {
            SerialLink link;
            try {
                link = options.opener().open(portPath, baudRate);
            } catch (IOException | RuntimeException e) {
                lastError = e.getMessage();
                if (!outageReported) {
                    state = "reconnecting";
                    report(lastError + "; retrying");
                    outageReported = true;
                }
                pause(backoff.nextDelayMs());
                continue;
            }
            backoff.succeeded();
            outageReported = false;
            state = "running";
            report("serial port " + portPath + (everOpened ? " reopened" : " open") + " at " + baudRate + " baud");
            everOpened = true;
            try {
                readUntilLost(link);
            } catch (IOException e) {
                if (!isClosing()) {
                    lastError = e.getMessage();
                    state = "reconnecting";
                    report(lastError + "; reopening");
                    outageReported = true;
                }
            } finally {
                link.close();
                decoder.dropPartialLine();
                endCapturedStream();
            }
        }
        closeCapture();
        state = "stopped";
    }

    private void readUntilLost(SerialLink link) throws IOException {
        decoder.expectHello();
        link.write(QUERY);
        byte[] buffer = new byte[4096];
        while (!isClosing()) {
            int n = link.read(buffer);
            if (n == 0) {
                continue;
            }
            double receivedMs = options.clock().monotonicMs();
            saveToCapture(buffer, n);
            decoder.feed(buffer, 0, n, receivedMs);
            counters = decoder.counters();
        }
    }

    private void pause(long delayMs) {
        try {
            closing.await(delayMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing.countDown();
        }
    }

    private void report(String message) {
        log.info("{}: {}", description(), message);
        try {
            sink.sourceEvent(description() + ": " + message);
        } catch (RuntimeException e) {
            log.error("{}: the sink failed on a source event", description(), e);
        }
    }

    private void openCapture() {
        if (options.captureFile() == null) {
            return;
        }
        try {
            capture = CaptureWriter.appendingTo(options.captureFile());
            report("capturing to " + options.captureFile());
        } catch (IOException e) {
            captureFailed(e);
        }
    }

    private void saveToCapture(byte[] buffer, int n) {
        if (capture != null) {
            try {
                capture.write(buffer, 0, n, options.clock().epochMillis());
            } catch (IOException e) {
                captureFailed(e);
            }
        }
    }

    private void endCapturedStream() {
        if (capture != null) {
            try {
                capture.endOfStream(options.clock().epochMillis());
            } catch (IOException e) {
                captureFailed(e);
            }
        }
    }

    private void closeCapture() {
        if (capture != null) {
            try {
                capture.close();
            } catch (IOException e) {
                captureFailed(e);
            }
        }
    }

    private void captureFailed(IOException e) {
        lastError = "capture to " + options.captureFile() + " stopped: " + e.getMessage();
        report(lastError + " (frames keep flowing)");
        if (capture != null) {
            try {
                capture.close();
            } catch (IOException ignored) {
                log.debug("closing a failed capture", ignored);
            }
        }
        capture = null;
    }

    /** Runs on the reader thread, inside {@code decoder.feed}. */
    private final class Listener implements DecoderListener {
        @Override
        public void frame(Frame frame) {
            rate.record(frame.tMs());
            counters = decoder.counters();
            try {
                sink.accept(frame);
            } catch (RuntimeException e) {
                lastError = "the sink failed on a frame: " + e;
                log.error("{}: the sink failed on a frame", description(), e);
            }
        }

        @Override
        public void input(InputLine line, double tMs) {
            if (!line.pressed()) {
                return;
            }
            try {
                sink.input(new InputEvent(tMs, line.input()));
            } catch (RuntimeException e) {
                lastError = "the sink failed on a button press: " + e;
                log.error("{}: the sink failed on a button press", description(), e);
            }
        }

        @Override
        public void inputGap(int missing) {
            report("input lines lost on the wire (" + (missing == 0 ? "a repeat" : missing + " missing")
                    + "): a button press may not have arrived");
        }

        @Override
        public void hello(Hello hello) {
            if (hello.channels() != table.channelCount()) {
                lastError = "device reports " + hello.channels() + " channels (firmware " + hello.firmwareVersion()
                        + ") but table config '" + table.name() + "' has " + table.channelCount()
                        + ": its data lines are rejected until the table config matches the device";
                log.error("{}: {}", description(), lastError);
                report(lastError);
            } else {
                String rateNote = hello.rateHz() == table.sampleRateHz() ? ""
                        : " (the table config says " + table.sampleRateHz() + " Hz)";
                String inputs = hello.inputs().isEmpty() ? ", no buttons announced"
                        : ", buttons " + hello.inputs().stream().map(Enum::name).collect(Collectors.joining(" and "));
                report("device firmware " + hello.firmwareVersion() + ", " + hello.channels() + " channels at "
                        + hello.rateHz() + " Hz" + rateNote + inputs);
            }
        }

        @Override
        public void event(DeviceEvent event) {
            double now = options.clock().monotonicMs();
            Double last = eventForwardedMs.get(event.code());
            if (last == null || now - last >= EVENT_REPEAT_MS) {
                eventForwardedMs.put(event.code(), now);
                report("device event " + event.code() + (event.text().isEmpty() ? "" : ": " + event.text()));
            }
        }

        @Override
        public void rejected(Rejection reason, String line) {
            lastError = "rejected a line (" + reason.description() + "): " + line;
            log.debug("{}: {}", description(), lastError);
        }

        @Override
        public void reset() {
            report("device reset detected");
        }
    }
}
