package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.estimate.Zone;
import java.util.List;

/**
 * Encodes a block of frames compactly and decodes it again; pure. A block is self-contained (its
 * deltas start from zero), so any block can be decoded alone.
 *
 * <pre>
 * block   := count:varint channels:varint mode:u8 frame*      mode bit0 = kg values, bit1 = doubles
 * frame   := dtUs:zigzag present:bitmap value* estimate        dtUs from the previous frame (first: absolute)
 * value   := zigzag(delta from the channel's previous value)   when every value of the block is a whole number
 *          | f64le                                             otherwise
 * estimate:= mask:u8 [phaseZone:u8 zigzag(delta)...]           table, bar, applied, limit, P in 0.01 kg; x in 0.1 cm
 * </pre>
 *
 * Raw ADC counts (whole numbers) thus cost one or two bytes a channel a frame; times are kept to the
 * microsecond.
 */
public final class FrameBlockCodec {

    private static final int MODE_KG = 1;
    private static final int MODE_DOUBLES = 2;
    private static final int HAS_ESTIMATE = 1;
    private static final int XCM_PRESENT = 1 << 6;
    private static final int LOADS = 5;
    private static final Phase[] PHASES = Phase.values();
    private static final Zone[] ZONES = Zone.values();

    private FrameBlockCodec() {
    }

    /** Encodes frames that share one channel count and one unit into {@code out}. */
    static void encode(List<FrameEntry> frames, ByteWriter out) {
        int channels = frames.get(0).values().length;
        boolean inKg = frames.get(0).inKg();
        boolean doubles = false;
        for (FrameEntry frame : frames) {
            if (frame.values().length != channels || frame.inKg() != inKg) {
                throw new IllegalArgumentException("a block holds frames of one channel count and one unit");
            }
            doubles |= !wholeNumbers(frame.values());
        }
        out.varint(frames.size());
        out.varint(channels);
        out.u8((inKg ? MODE_KG : 0) | (doubles ? MODE_DOUBLES : 0));
        long previousUs = 0;
        long[] previousValue = new long[channels];
        long[] previousLoad = new long[LOADS + 1];
        int bitmapBytes = (channels + 7) / 8;
        for (FrameEntry frame : frames) {
            long us = Math.round(frame.tMs() * 1000);
            out.zigzag(us - previousUs);
            previousUs = us;
            double[] values = frame.values();
            for (int b = 0; b < bitmapBytes; b++) {
                int bits = 0;
                for (int i = 0; i < 8 && b * 8 + i < channels; i++) {
                    if (!Double.isNaN(values[b * 8 + i])) {
                        bits |= 1 << i;
                    }
                }
                out.u8(bits);
            }
            for (int c = 0; c < channels; c++) {
                if (Double.isNaN(values[c])) {
                    continue;
                }
                if (doubles) {
                    out.i64(Double.doubleToRawLongBits(values[c]));
                } else {
                    long value = (long) values[c];
                    out.zigzag(value - previousValue[c]);
                    previousValue[c] = value;
                }
            }
            encodeEstimate(frame.estimate(), previousLoad, out);
        }
    }

    private static void encodeEstimate(RecordedEstimate estimate, long[] previous, ByteWriter out) {
        if (estimate == null) {
            out.u8(0);
            return;
        }
        double[] loads = {estimate.tableKg(), estimate.barKg(), estimate.appliedKg(), estimate.limitKg(),
                estimate.practitionerKg()};
        int mask = HAS_ESTIMATE;
        for (int i = 0; i < LOADS; i++) {
            if (Double.isFinite(loads[i])) {
                mask |= 1 << (i + 1);
            }
        }
        if (estimate.xCm() != null && Double.isFinite(estimate.xCm())) {
            mask |= XCM_PRESENT;
        }
        out.u8(mask);
        int phase = estimate.phase() == null ? 3 : estimate.phase().ordinal();
        int zone = estimate.zone() == null ? 0 : estimate.zone().ordinal() + 1;
        out.u8(phase | zone << 2);
        for (int i = 0; i < LOADS; i++) {
            if ((mask & 1 << (i + 1)) != 0) {
                long q = Math.round(loads[i] * 100);
                out.zigzag(q - previous[i]);
                previous[i] = q;
            }
        }
        if ((mask & XCM_PRESENT) != 0) {
            long q = Math.round(estimate.xCm() * 10);
            out.zigzag(q - previous[LOADS]);
            previous[LOADS] = q;
        }
    }

    /** Decodes one block's payload, calling {@code visitor} for each frame in order. */
    public static void decode(byte[] payload, FrameVisitor visitor) {
        ByteReader in = new ByteReader(payload);
        long count = in.varint();
        int channels = (int) in.varint();
        if (channels <= 0 || channels > 4096 || count < 0) {
            throw new CorruptJournalException("frame block with " + channels + " channels and " + count + " frames");
        }
        int mode = in.u8();
        boolean inKg = (mode & MODE_KG) != 0;
        boolean doubles = (mode & MODE_DOUBLES) != 0;
        long us = 0;
        long[] previousValue = new long[channels];
        long[] previousLoad = new long[LOADS + 1];
        double[] values = new double[channels];
        double[] loads = new double[LOADS];
        int bitmapBytes = (channels + 7) / 8;
        byte[] bitmap = new byte[bitmapBytes];
        for (long f = 0; f < count; f++) {
            us += in.zigzag();
            for (int b = 0; b < bitmapBytes; b++) {
                bitmap[b] = (byte) in.u8();
            }
            for (int c = 0; c < channels; c++) {
                if ((bitmap[c >> 3] & 1 << (c & 7)) == 0) {
                    values[c] = Double.NaN;
                } else if (doubles) {
                    values[c] = Double.longBitsToDouble(in.i64());
                } else {
                    previousValue[c] += in.zigzag();
                    values[c] = previousValue[c];
                }
            }
            visitor.frame(us / 1000.0, values, inKg, decodeEstimate(in, previousLoad, loads));
        }
    }

    private static RecordedEstimate decodeEstimate(ByteReader in, long[] previous, double[] loads) {
        int mask = in.u8();
        if ((mask & HAS_ESTIMATE) == 0) {
            return null;
        }
        int phaseZone = in.u8();
        int phase = phaseZone & 3;
        int zone = phaseZone >> 2;
        if (zone > ZONES.length) {
            throw new CorruptJournalException("zone code " + zone);
        }
        for (int i = 0; i < LOADS; i++) {
            if ((mask & 1 << (i + 1)) != 0) {
                previous[i] += in.zigzag();
                loads[i] = previous[i] / 100.0;
            } else {
                loads[i] = i == 3 ? Double.POSITIVE_INFINITY : Double.NaN;
            }
        }
        Double xCm = null;
        if ((mask & XCM_PRESENT) != 0) {
            previous[LOADS] += in.zigzag();
            xCm = previous[LOADS] / 10.0;
        }
        return new RecordedEstimate(phase == 3 ? null : PHASES[phase], zone == 0 ? null : ZONES[zone - 1],
                loads[0], loads[1], loads[2], loads[3], loads[4], xCm);
    }

    /** The number of frames in a block, read from its header only. */
    static int frameCount(byte[] payload) {
        long count = new ByteReader(payload).varint();
        if (count < 0 || count > Integer.MAX_VALUE) {
            throw new CorruptJournalException("frame block of " + count + " frames");
        }
        return (int) count;
    }

    /** The channel count of a block, read from its header only. */
    static int channelCount(byte[] payload) {
        ByteReader in = new ByteReader(payload);
        in.varint();
        return (int) in.varint();
    }

    private static boolean wholeNumbers(double[] values) {
        for (double value : values) {
            if (!Double.isNaN(value) && (value != Math.rint(value) || Math.abs(value) > (1L << 53))) {
                return false;
            }
        }
        return true;
    }
}
