package dev.ashiatsu.bridge.protocol;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.TableConfig;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decodes a protocol v1 byte stream, arriving in pieces of any size, into frames, hellos, events and input
 * lines (button changes) for a {@link DecoderListener}, and counts what it rejects. Bounded: it holds at most
 * one line of {@link #MAX_LINE_BYTES} bytes.
 *
 * <p>Stream rules: a sequence number other than the last plus one (mod 65536) between accepted frames is
 * one gap. A hello after data, unless announced by {@link #expectHello}, is one reset, and the next frame
 * continues one nominal period after the last. Without a hello, the clock going back is one reset unless
 * it can be the 32-bit wrap ({@link FrameClock#isWrap}); a reset is not also a gap. Input lines have their
 * own sequence number: a jump between two is one input gap (not across a reset, after which the device
 * counts from 0 again); they are timed on the frame clock without moving it
 * ({@link FrameClock#timeBetweenFrames}). Not thread-safe.
 */
public final class ProtocolDecoder {

    /** The longest line accepted, counting an optional CR, not counting the LF. */
    public static final int MAX_LINE_BYTES = 255;

    private static final int SHOWN_CHARS = 80;

    private final LineParser parser;
    private final DecoderListener listener;
    private final FrameClock clock;
    private final LineAssembler assembler = new LineAssembler(MAX_LINE_BYTES);
    private final LineAssembler.Handler lineHandler = new LineAssembler.Handler() {
        @Override
        public void line(byte[] line, int length) {
            acceptLine(line, 0, length, receivedMs);
        }

        @Override
        public void oversize() {
            reject(Rejection.OVERSIZE, "");
        }
    };

    private double receivedMs = Double.NaN;
    private boolean helloExpected;
    private boolean dataSinceHello;
    private boolean resetPending;
    private int lastSeq = -1;

    private long framesRead;
    private long seqGaps;
    private long resets;
    private long clockWraps;
    private long hellos;
    private long events;
    private long inputs;
    private long inputGaps;
    private int lastInputSeq = -1;
    private final long[] rejected = new long[Rejection.values().length];

    /**
     * @param channels      values expected in each data line
     * @param nominalRateHz frame rate until a hello gives it (used only to continue time after a reset)
     */
    public ProtocolDecoder(int channels, double nominalRateHz, DecoderListener listener) {
        this.parser = new LineParser(channels);
        this.clock = new FrameClock(nominalRateHz);
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A decoder for a table's channel count and nominal rate. */
    public static ProtocolDecoder forTable(TableConfig table, DecoderListener listener) {
        return new ProtocolDecoder(table.channelCount(), table.sampleRateHz(), listener);
    }

    /** Decodes bytes timed by the device clock. */
    public void feed(byte[] bytes, int offset, int length) {
        feed(bytes, offset, length, Double.NaN);
    }

    /** Decodes bytes received at {@code receivedMs} (host ms; NaN for the device clock). */
    public void feed(byte[] bytes, int offset, int length, double receivedMs) {
        this.receivedMs = receivedMs;
        assembler.feed(bytes, offset, length, lineHandler);
    }

    /** The input ended: a last line without LF is decoded. */
    public void endOfInput() {
        assembler.finish(lineHandler);
    }

    /** Forgets the partial line in progress, unreported (the stream broke off, e.g. a port was lost). */
    public void dropPartialLine() {
        assembler.clear();
    }

    /** The next hello answers the host's {@code ?}: it is not a reset. */
    public void expectHello() {
        helloExpected = true;
    }

    /**
     * Decodes one complete line (without its LF; a trailing CR is allowed). An empty line is ignored.
     *
     * @param receivedMs host receive time in ms, or NaN to time frames by the device clock
     */
    public void acceptLine(byte[] line, int offset, int length, double receivedMs) {
        if (length == 0 || (length == 1 && line[offset] == '\r')) {
            return;
        }
        if (length > MAX_LINE_BYTES) {
            reject(Rejection.OVERSIZE, shown(line, offset, length));
            return;
        }
        ParsedLine parsed = parser.parse(line, offset, length);
        if (parsed instanceof DataLine data) {
            onData(data, receivedMs);
        } else if (parsed instanceof Hello hello) {
            onHello(hello);
        } else if (parsed instanceof DeviceEvent event) {
            events++;
            listener.event(event);
        } else if (parsed instanceof InputLine input) {
            onInput(input, receivedMs);
        } else {
            reject((Rejection) parsed, shown(line, offset, length));
        }
    }

    public ProtocolCounters counters() {
        Map<Rejection, Long> byReason = new EnumMap<>(Rejection.class);
        long total = 0;
        for (Rejection reason : Rejection.values()) {
            byReason.put(reason, rejected[reason.ordinal()]);
            total += rejected[reason.ordinal()];
        }
        return new ProtocolCounters(framesRead, total, rejected[Rejection.BAD_CHECKSUM.ordinal()], seqGaps, resets,
                clockWraps, hellos, events, inputs, inputGaps, byReason);
    }

    private void onHello(Hello hello) {
        hellos++;
        if (dataSinceHello && !helloExpected) {
            resets++;
            resetPending = true;
            lastInputSeq = -1;
            listener.reset();
        }
        helloExpected = false;
        dataSinceHello = false;
        clock.setNominalRate(hello.rateHz());
        listener.hello(hello);
    }

    private void onInput(InputLine input, double receivedMs) {
        inputs++;
        if (lastInputSeq >= 0) {
            int advance = (input.seq() - lastInputSeq) & 0xFFFF;
            if (advance != 1) {
                inputGaps++;
                listener.inputGap(advance == 0 ? 0 : advance - 1);
            }
        }
        lastInputSeq = input.seq();
        listener.input(input, clock.timeBetweenFrames(input.micros(), receivedMs));
    }

    private void onData(DataLine data, double receivedMs) {
        FrameClock.Step step = step(data);
        double tMs = clock.next(data.micros(), step, receivedMs);
        lastSeq = data.seq();
        resetPending = false;
        dataSinceHello = true;
        framesRead++;
        listener.frame(Frame.ofRaw(tMs, data.counts()));
    }

    private FrameClock.Step step(DataLine data) {
        if (!clock.started()) {
            return FrameClock.Step.FIRST;
        }
        if (resetPending) {
            return FrameClock.Step.RESTARTED;
        }
        int seqAdvance = (data.seq() - lastSeq) & 0xFFFF;
        FrameClock.Step step = FrameClock.Step.CONTINUES;
        if (clock.goesBack(data.micros())) {
            if (!clock.isWrap(data.micros(), seqAdvance)) {
                resets++;
                lastInputSeq = -1;
                listener.reset();
                return FrameClock.Step.RESTARTED;
            }
            clockWraps++;
            step = FrameClock.Step.WRAPPED;
        }
        if (seqAdvance != 1) {
            seqGaps++;
            listener.gap(seqAdvance == 0 ? 0 : seqAdvance - 1);
        }
        return step;
    }

    /**
     * Counts a line the caller rejected before decoding it (e.g. a bad capture prefix, or a line too long
     * for the caller's own buffer).
     */
    public void rejectLine(Rejection reason, byte[] line, int offset, int length) {
        reject(reason, shown(line, offset, length));
    }

    private void reject(Rejection reason, String line) {
        rejected[reason.ordinal()]++;
        listener.rejected(reason, line);
    }

    private static String shown(byte[] line, int offset, int length) {
        StringBuilder text = new StringBuilder(Math.min(length, SHOWN_CHARS));
        for (int i = offset; i < offset + length && text.length() < SHOWN_CHARS; i++) {
            int b = line[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F) {
                text.append((char) b);
            } else {
                text.append(String.format("\\x%02X", b));
            }
        }
        return text.toString();
    }
}
