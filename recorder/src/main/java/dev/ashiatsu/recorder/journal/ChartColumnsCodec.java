package dev.ashiatsu.recorder.journal;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * {@link ChartColumns} to bytes and back, losslessly: decoding gives the very same doubles. Pure.
 * <pre>
 * bytes  := deflate(frames:varint column(tMs, 1000) column(appliedKg, 100) column(limitKg, 100))
 * column := token*frames     token := varint; its low 2 bits say what it is:
 *   0: zigzag(k - previous k) in the high bits, the value is k / scale (k: µs for times, 0.01 kg for loads)
 *   1: NaN    2: +Infinity    3: the value's 8 bytes follow (a value that is not a whole k / scale)
 * </pre>
 * The journal keeps times to the µs and loads to 0.01 kg, so recorded values take the first form; the
 * others keep anything else exact. About 1 to 2 bytes a frame before deflate.
 */
public final class ChartColumnsCodec {

    private static final double TIME_SCALE = 1000;
    private static final double LOAD_SCALE = 100;
    private static final long MAX_STEPS = 1L << 50;
    private static final int DELTA = 0;
    private static final int NAN = 1;
    private static final int INFINITY = 2;
    private static final int RAW = 3;

    private ChartColumnsCodec() {
    }

    public static byte[] encode(ChartColumns chart) {
        ByteWriter out = new ByteWriter(chart.frames() * 4 + 16);
        out.varint(chart.frames());
        column(chart.tMs(), chart.frames(), TIME_SCALE, out);
        column(chart.appliedKg(), chart.frames(), LOAD_SCALE, out);
        column(chart.limitKg(), chart.frames(), LOAD_SCALE, out);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(out.array(), 0, out.size());
            deflater.finish();
            ByteArrayOutputStream packed = new ByteArrayOutputStream(out.size() / 4 + 64);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                packed.write(buffer, 0, deflater.deflate(buffer));
            }
            return packed.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** @throws CorruptJournalException when the bytes are not a whole encoding */
    public static ChartColumns decode(byte[] packed) {
        byte[] bytes = inflate(packed);
        ByteReader in = new ByteReader(bytes);
        long count = in.varint();
        if (count < 0 || count > bytes.length) {
            throw new CorruptJournalException("chart columns claim " + count + " frames in " + bytes.length + " bytes");
        }
        int frames = (int) count;
        double[] t = column(in, frames, TIME_SCALE);
        double[] applied = column(in, frames, LOAD_SCALE);
        double[] limit = column(in, frames, LOAD_SCALE);
        if (in.remaining() != 0) {
            throw new CorruptJournalException("chart columns: " + in.remaining() + " bytes after the last column");
        }
        return new ChartColumns(t, applied, limit, frames);
    }

    private static void column(double[] values, int frames, double scale, ByteWriter out) {
        long previous = 0;
        for (int i = 0; i < frames; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                out.varint(NAN);
            } else if (v == Double.POSITIVE_INFINITY) {
                out.varint(INFINITY);
            } else {
                long k = Math.round(v * scale);
                long delta = k - previous;
                if (Math.abs(k) < MAX_STEPS && Double.doubleToRawLongBits(k / scale) == Double.doubleToRawLongBits(v) && Math.abs(delta) < MAX_STEPS) {
                    out.varint(((delta << 1) ^ (delta >> 63)) << 2 | DELTA);
                    previous = k;
                } else {
                    out.varint(RAW);
                    out.i64(Double.doubleToRawLongBits(v));
                }
            }
        }
    }

    private static double[] column(ByteReader in, int frames, double scale) {
        double[] values = new double[frames];
        long previous = 0;
        for (int i = 0; i < frames; i++) {
            long token = in.varint();
            switch ((int) (token & 3)) {
                case NAN -> values[i] = Double.NaN;
                case INFINITY -> values[i] = Double.POSITIVE_INFINITY;
                case RAW -> values[i] = Double.longBitsToDouble(in.i64());
                default -> {
                    long zigzag = token >>> 2;
                    previous += (zigzag >>> 1) ^ -(zigzag & 1);
                    values[i] = previous / scale;
                }
            }
        }
        return values;
    }

    private static byte[] inflate(byte[] packed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4 + 64);
            byte[] buffer = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new CorruptJournalException("chart columns cut short");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new CorruptJournalException("chart columns: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }
}
