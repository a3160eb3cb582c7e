package dev.ashiatsu.bridge.capture;

import dev.ashiatsu.bridge.file.FrameReader;
import dev.ashiatsu.bridge.file.InputException;
import dev.ashiatsu.bridge.protocol.DecoderListener;
import dev.ashiatsu.bridge.protocol.InputLine;
import dev.ashiatsu.bridge.protocol.LineAssembler;
import dev.ashiatsu.bridge.protocol.ProtocolCounters;
import dev.ashiatsu.bridge.protocol.ProtocolDecoder;
import dev.ashiatsu.bridge.protocol.Rejection;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.source.InputEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a serial capture: one received protocol line per line, each optionally prefixed with the host's
 * receive time as {@code @<epoch ms> }. A prefixed line's frame is timed by its prefix; an unprefixed one by
 * the device clock (micros / 1000, continued across wraps and resets). Input lines that are presses come out
 * of {@link #takeInputs} on the same clock (releases are left out). Bad lines are counted, never
 * thrown; only a file that cannot be read is an error. Not thread-safe.
 */
public final class CaptureFrameReader implements FrameReader {

    private static final int MAX_PREFIX_BYTES = 24;
    private static final int READ_CHUNK = 64 * 1024;
    private static final int KEPT_REJECTIONS = 20;
    private static final Pattern PROTOCOL_LINE = Pattern.compile("^[HDEI],.*\\*[0-9A-F]{4}\\s*$");

    private final Path file;
    private final InputStream in;
    private final ProtocolDecoder decoder;
    private final LineAssembler assembler = new LineAssembler(ProtocolDecoder.MAX_LINE_BYTES + MAX_PREFIX_BYTES);
    private final ArrayDeque<Frame> ready = new ArrayDeque<>();
    /** For each frame in {@link #ready}, the presses decoded before it. */
    private final ArrayDeque<List<InputEvent>> inputsBefore = new ArrayDeque<>();
    /** Presses decoded since the last frame. */
    private List<InputEvent> decodedInputs = new ArrayList<>();
    private List<InputEvent> taken = List.of();
    private final List<String> firstRejections = new ArrayList<>();
    private final byte[] chunk = new byte[READ_CHUNK];
    private final LineAssembler.Handler handler = new LineAssembler.Handler() {
        @Override
        public void line(byte[] line, int length) {
            lineNumber++;
            acceptCaptureLine(line, length);
        }

        @Override
        public void oversize() {
            lineNumber++;
            decoder.rejectLine(Rejection.OVERSIZE, new byte[0], 0, 0);
        }
    };
    private long lineNumber;
    private boolean ended;

    /**
     * @param table gives the channel count of data lines and the nominal rate (until a hello gives it)
     * @throws IOException when the file cannot be opened
     */
    public CaptureFrameReader(Path file, TableConfig table) throws IOException {
        this.file = file;
        this.in = Files.newInputStream(file);
        this.decoder = ProtocolDecoder.forTable(table, new DecoderListener() {
            @Override
            public void frame(Frame frame) {
                ready.add(frame);
                inputsBefore.add(decodedInputs.isEmpty() ? List.of() : decodedInputs);
                decodedInputs = decodedInputs.isEmpty() ? decodedInputs : new ArrayList<>();
            }

            @Override
            public void input(InputLine line, double tMs) {
                if (line.pressed()) {
                    decodedInputs.add(new InputEvent(tMs, line.input()));
                }
            }

            @Override
            public void rejected(Rejection reason, String line) {
                if (firstRejections.size() < KEPT_REJECTIONS) {
                    firstRejections.add(file + ":" + lineNumber + ": " + reason.description() + ": " + line);
                }
            }
        });
    }

    /**
     * Whether the first non-comment line of a file is a capture line: it starts with {@code @}, or it is an
     * {@code H}, {@code D}, {@code E} or {@code I} line ending in {@code *XXXX}.
     */
    public static boolean looksLikeCapture(String firstDataLine) {
        return firstDataLine != null
                && (firstDataLine.startsWith("@") || PROTOCOL_LINE.matcher(firstDataLine).matches());
    }

    @Override
    public Frame next() throws IOException {
        while (ready.isEmpty() && !ended) {
            int n;
            try {
                n = in.read(chunk);
            } catch (IOException e) {
                throw new InputException(file, lineNumber + 1, "cannot read: " + e.getMessage());
            }
            if (n < 0) {
                assembler.finish(handler);
                ended = true;
            } else {
                assembler.feed(chunk, 0, n, handler);
            }
        }
        Frame frame = ready.poll();
        if (frame != null) {
            taken = inputsBefore.poll();
        } else {
            taken = decodedInputs;
            decodedInputs = new ArrayList<>();
        }
        return frame;
    }

    @Override
    public List<InputEvent> takeInputs() {
        List<InputEvent> inputs = taken;
        taken = List.of();
        return inputs;
    }

    @Override
    public InputCounters counters() {
        return decoder.counters().toInputCounters();
    }

    /** Every counter, with rejections per reason. */
    public ProtocolCounters protocolCounters() {
        return decoder.counters();
    }

    /** The first rejected lines as {@code file:line: reason: text}, at most 20. */
    public List<String> firstRejections() {
        return Collections.unmodifiableList(firstRejections);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void acceptCaptureLine(byte[] line, int length) {
        if (length == 0 || line[0] != '@') {
            decoder.acceptLine(line, 0, length, Double.NaN);
            return;
        }
        int space = 1;
        long epochMs = 0;
        while (space < length && space <= 19 && line[space] >= '0' && line[space] <= '9') {
            epochMs = epochMs * 10 + (line[space] - '0');
            space++;
        }
        if (space == 1 || space >= length || line[space] != ' ') {
            decoder.rejectLine(Rejection.BAD_CAPTURE_PREFIX, line, 0, length);
            return;
        }
        decoder.acceptLine(line, space + 1, length - space - 1, epochMs);
    }
}
