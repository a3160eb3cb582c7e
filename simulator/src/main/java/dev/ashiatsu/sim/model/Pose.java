package dev.ashiatsu.sim.model;

/**
 * Where the practitioner's body weight goes at one instant (all kg-force): onto the client through the
 * two feet, onto the bars, onto the floor (not yet on the table) and onto a stool (leaning on something
 * that is neither table nor bars). The parts always add up to the practitioner's weight.
 *
 * @param leftXcm  the left foot's position along the table (cm)
 * @param rightXcm the right foot's position along the table (cm)
 */
public record Pose(double leftXcm, double leftKg, double rightXcm, double rightKg, double barKg, double floorKg,
                   double stoolKg) {

    /** Standing on the floor beside the table, feet nominally at x. */
    public static Pose onFloor(double weightKg, double xCm) {
        return new Pose(xCm, 0, xCm, 0, 0, weightKg, 0);
    }

    /** The load on the client through both feet. */
    public double feetKg() {
        return leftKg + rightKg;
    }

    /** The centre of the feet's load along the table, or their midpoint when they carry nothing. */
    public double centreXcm() {
        double feet = feetKg();
        return feet > 1e-9 ? (leftKg * leftXcm + rightKg * rightXcm) / feet : (leftXcm + rightXcm) / 2;
    }

    public double totalKg() {
        return leftKg + rightKg + barKg + floorKg + stoolKg;
    }

    /** Both feet astride centre {@code stanceCm} apart along the table, sharing {@code feetKg} equally. */
    public static Pose feet(double centreXcm, double stanceCm, double feetKg, double weightKg) {
        double half = stanceCm / 2;
        return new Pose(centreXcm - half, feetKg / 2, centreXcm + half, feetKg / 2, weightKg - feetKg, 0, 0);
    }

    /** The same pose with the feet carrying {@code kg} in total (same split), the rest moved to or from the bars. */
    public Pose withFeetKg(double kg) {
        double feet = feetKg();
        double leftShare = feet > 1e-9 ? leftKg / feet : 0.5;
        return new Pose(leftXcm, kg * leftShare, rightXcm, kg * (1 - leftShare), barKg + feet - kg, floorKg, stoolKg);
    }
}
