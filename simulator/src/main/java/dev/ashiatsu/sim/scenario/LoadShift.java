package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.sim.model.Pose;

/**
 * The practitioner changes how much weight is on the client (to {@code loadKg}, the rest on the bars),
 * standing where they are: a slow lean in or out.
 */
public record LoadShift(double loadKg, double durationS) implements Action {

    @Override
    public String kind() {
        return "load";
    }

    @Override
    public Pose pose(Pose start, double tS, Stage stage) {
        return start.withFeetKg(Curves.lerp(start.feetKg(), loadKg, Curves.ease(tS / durationS)));
    }
}
