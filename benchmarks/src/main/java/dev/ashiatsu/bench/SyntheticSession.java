package dev.ashiatsu.bench;

import java.util.Random;

/**
 * A small, seeded session generator for examples and benchmarks (the full physical simulator lives in
 * the simulator module): a 4-leg table (legs at x = 4 and 186 cm), a 72 kg client lying from 5 s, a
 * 65 kg practitioner who mounts at 15 s and strokes from the calves to the shoulders and back every
 * 30 s, stepping over the back of the knee (weight onto the bars) except on the fourth stroke, and
 * pressing harder on every third stroke (too hard for the lower back); Gaussian noise of 30 g per cell. Channels: T1..T4, B1, B2 (kg).
 */
public final class SyntheticSession {

    public static final String[] CELLS = {"T1", "T2", "T3", "T4", "B1", "B2"};
    static final double HEAD_LEG_X = 4;
    static final double FOOT_LEG_X = 186;
    static final double CLIENT_KG = 72;
    static final double CLIENT_X = 92;
    static final double PRACTITIONER_KG = 65;
    static final double CROWN_X = 8;
    static final double HEIGHT = 170;

    private final Random random;
    private final double noiseKg;

    public SyntheticSession(long seed, double noiseKg) {
        this.random = new Random(seed);
        this.noiseKg = noiseKg;
    }

    /** Fills {@code kg} (6 channels) with the cell loads at time t (ms). */
    public void loadsAt(double tMs, double[] kg) {
        double t = tMs / 1000;
        java.util.Arrays.fill(kg, 0);
        if (t >= 5) {
            spread(kg, CLIENT_KG * Math.min(1, (t - 5) / 1.5), CLIENT_X);
        }
        if (t >= 15) {
            double mount = Math.min(1, (t - 15) / 3);
            double phase = ((t - 15) % 30) / 30;
            double along = phase < 0.5 ? phase * 2 : 2 - phase * 2;
            double h = 0.15 + along * 0.62;
            double x = CROWN_X + (1 - h) * HEIGHT;
            int stroke = (int) ((t - 15) / 30);
            double press = stroke % 3 == 2 ? 23 : 16;
            double applied = mount * (press * (0.75 + 0.25 * Math.sin(t * 2 * Math.PI / 4)));
            boolean steppingOverKnee = h > 0.23 && h < 0.34 && stroke != 3;
            if (steppingOverKnee) {
                applied *= 0.1;
            }
            spread(kg, applied, x);
            double bars = mount * PRACTITIONER_KG - applied;
            kg[4] = bars * 0.52;
            kg[5] = bars * 0.48;
        }
        for (int i = 0; i < kg.length; i++) {
            kg[i] += random.nextGaussian() * noiseKg;
        }
    }

    private static void spread(double[] kg, double load, double x) {
        double u = (x - HEAD_LEG_X) / (FOOT_LEG_X - HEAD_LEG_X);
        kg[0] += load * (1 - u) * 0.5;
        kg[1] += load * (1 - u) * 0.5;
        kg[2] += load * u * 0.5;
        kg[3] += load * u * 0.5;
    }

    /**
     * Writes a recording CSV: {@code SyntheticSession FILE SECONDS RATE_HZ [SEED]}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SyntheticSession FILE SECONDS RATE_HZ [SEED]");
            System.exit(2);
        }
        java.nio.file.Path file = java.nio.file.Path.of(args[0]);
        double seconds = Double.parseDouble(args[1]);
        double rate = Double.parseDouble(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        SyntheticSession session = new SyntheticSession(seed, 0.03);
        double[] kg = new double[CELLS.length];
        try (var out = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(file))) {
            out.println("# synthetic session: 4 legs, 2 bars, " + rate + " Hz, seed " + seed + " (dev.ashiatsu.bench.SyntheticSession)");
            out.println("t_ms," + String.join(",", CELLS));
            StringBuilder row = new StringBuilder();
            long frames = Math.round(seconds * rate);
            for (long i = 0; i < frames; i++) {
                double t = i * 1000 / rate;
                session.loadsAt(t, kg);
                row.setLength(0);
                row.append(String.format(java.util.Locale.ROOT, "%.3f", t));
                for (double v : kg) {
                    row.append(',').append(String.format(java.util.Locale.ROOT, "%.3f", v));
                }
                out.println(row);
            }
        }
    }
}
