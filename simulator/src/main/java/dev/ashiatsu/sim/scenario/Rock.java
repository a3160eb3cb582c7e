package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.sim.model.Pose;

/**
 * Rocking petrissage: the feet stand {@code stanceCm} apart along the body and the weight rolls from
 * one foot to the other every {@code periodS} (90 % of it changes feet), about {@code loadKg} in all,
 * swelling 6 % at each end of the roll. With a {@code place} the feet settle there in the first second.
 */
public record Rock(Place place, double loadKg, double periodS, double stanceCm, double durationS) implements Action {

    @Override
    public String kind() {
        return "rock";
    }

    @Override
    public Pose pose(Pose start, double tS, Stage stage) {
        Feet from = Feet.of(start);
        double settle = Curves.ease(tS / Math.min(1.0, durationS / 4));
        double phase = 2 * Math.PI * tS / periodS;
        double centre = place != null ? stage.xOf(place) : from.midXcm();
        double mid = Curves.lerp(from.midXcm(), centre, settle);
        double stance = Curves.lerp(from.stanceCm(), stanceCm, settle);
        double share = Curves.lerp(from.leftShare(), 0.5 + 0.45 * Math.sin(phase), settle);
        double kg = Curves.lerp(from.kg(), loadKg * (1 + 0.06 * Math.abs(Math.sin(phase))), settle);
        return new Feet(mid, stance, share, kg).on(start);
    }
}
