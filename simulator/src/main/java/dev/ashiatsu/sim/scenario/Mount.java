package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.sim.model.Pose;

/**
 * The practitioner steps onto the table: first hangs their weight on the bars (the first 40 % of the
 * time), then sets both feet on {@code place} and lets {@code loadKg} onto the client.
 */
public record Mount(Place place, double loadKg, double stanceCm, double durationS) implements Action {

    @Override
    public String kind() {
        return "mount";
    }

    @Override
    public Pose pose(Pose start, double tS, Stage stage) {
        double u = tS / durationS;
        double x = stage.xOf(place);
        double half = stanceCm / 2;
        if (u < 0.4) {
            double lifted = start.floorKg() * Curves.ease(u / 0.4);
            return new Pose(start.leftXcm(), start.leftKg(), start.rightXcm(), start.rightKg(),
                    start.barKg() + lifted, start.floorKg() - lifted, start.stoolKg());
        }
        Pose hanging = new Pose(x - half, 0, x + half, 0,
                start.barKg() + start.floorKg() + start.feetKg(), 0, start.stoolKg());
        return hanging.withFeetKg(loadKg * Curves.ease((u - 0.4) / 0.6));
    }
}
