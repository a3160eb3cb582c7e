package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.sim.model.Pose;

/**
 * The feet described the way movements think about them: the midpoint between them, how far apart they
 * are along the table, the left foot's share of the load and the load on both.
 */
record Feet(double midXcm, double stanceCm, double leftShare, double kg) {

    static Feet of(Pose pose) {
        double feet = pose.feetKg();
        double share = feet > 1e-9 ? pose.leftKg() / feet : 0.5;
        return new Feet((pose.leftXcm() + pose.rightXcm()) / 2, pose.rightXcm() - pose.leftXcm(), share, feet);
    }

    /** The pose with these feet; what the feet no longer carry goes to the bars (or comes from them). */
    Pose on(Pose start) {
        double half = stanceCm / 2;
        double bars = start.barKg() + start.feetKg() - kg;
        return new Pose(midXcm - half, kg * leftShare, midXcm + half, kg * (1 - leftShare), bars, start.floorKg(),
                start.stoolKg());
    }

    /** The centre of pressure of the two feet. */
    double centreXcm() {
        return midXcm + stanceCm * (0.5 - leftShare);
    }
}
