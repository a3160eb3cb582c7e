package dev.ashiatsu.sim.model;

import dev.ashiatsu.core.config.ClientProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * A client lying prone: body weight spread along the body by standard segment mass fractions
 * (Dempster / de Leva), each segment as a few point loads over its stretch of stature, arms by the sides.
 * Height and crown position come from the client profile; the body extends toward +x.
 */
public final class ClientBody {

    /** Standard segment proportions of a prone adult (mass fractions add up to 1). */
    public static final List<BodySegment> SEGMENTS = List.of(
            new BodySegment("head and neck", 0.081, 0.818, 1.000, 0),
            new BodySegment("trunk", 0.497, 0.530, 0.818, 0),
            new BodySegment("upper arm L", 0.028, 0.630, 0.818, -21),
            new BodySegment("upper arm R", 0.028, 0.630, 0.818, 21),
            new BodySegment("forearm L", 0.016, 0.485, 0.630, -23),
            new BodySegment("forearm R", 0.016, 0.485, 0.630, 23),
            new BodySegment("hand L", 0.006, 0.380, 0.485, -23),
            new BodySegment("hand R", 0.006, 0.380, 0.485, 23),
            new BodySegment("thigh L", 0.100, 0.285, 0.530, -9),
            new BodySegment("thigh R", 0.100, 0.285, 0.530, 9),
            new BodySegment("shank L", 0.0465, 0.040, 0.285, -9),
            new BodySegment("shank R", 0.0465, 0.040, 0.285, 9),
            new BodySegment("foot L", 0.0145, 0.000, 0.040, -9),
            new BodySegment("foot R", 0.0145, 0.000, 0.040, 9));

    private static final int SLICES = 4;

    private final double weightKg;
    private final double heightCm;
    private final double crownXcm;
    private final double midlineYcm;
    private final List<PointLoad> loads;

    public ClientBody(double weightKg, double heightCm, double crownXcm, double midlineYcm) {
        if (!(weightKg > 0)) {
            throw new IllegalArgumentException("client weightKg must be positive, was " + weightKg);
        }
        this.weightKg = weightKg;
        this.heightCm = heightCm;
        this.crownXcm = crownXcm;
        this.midlineYcm = midlineYcm;
        List<PointLoad> points = new ArrayList<>();
        for (BodySegment segment : SEGMENTS) {
            double kg = weightKg * segment.massFraction() / SLICES;
            for (int s = 0; s < SLICES; s++) {
                double h = segment.fromH() + (s + 0.5) / SLICES * (segment.toH() - segment.fromH());
                points.add(new PointLoad(kg, xAt(h), midlineYcm + segment.yOffsetCm()));
            }
        }
        loads = List.copyOf(points);
    }

    public static ClientBody of(ClientProfile profile, double weightKg, double tableWidthCm) {
        return new ClientBody(weightKg, profile.heightCm(), profile.crownXcm(), tableWidthCm / 2);
    }

    /** Where height fraction h (0 soles, 1 crown) lies along the table, in cm. */
    public double xAt(double h) {
        return crownXcm + (1 - h) * heightCm;
    }

    public double weightKg() {
        return weightKg;
    }

    public double midlineYcm() {
        return midlineYcm;
    }

    /** The body's weight as point loads while lying fully on the table. */
    public List<PointLoad> loads() {
        return loads;
    }
}
