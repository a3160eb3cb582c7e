package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.sim.model.Pose;

/** The practitioner takes their weight off the client onto the bars, then steps down to the floor. */
public record Dismount(double durationS) implements Action {

    @Override
    public String kind() {
        return "dismount";
    }

    @Override
    public Pose pose(Pose start, double tS, Stage stage) {
        double u = tS / durationS;
        if (u < 0.5) {
            return start.withFeetKg(start.feetKg() * (1 - Curves.ease(u / 0.5)));
        }
        double hanging = start.barKg() + start.feetKg();
        double down = hanging * Curves.ease((u - 0.5) / 0.5);
        return new Pose(start.leftXcm(), 0, start.rightXcm(), 0, hanging - down, start.floorKg() + down,
                start.stoolKg());
    }
}
