package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.sim.model.Pose;

/**
 * Gliding effleurage: the feet slide along the body to {@code to} carrying about {@code loadKg}, which
 * swells and eases with each push (about 8 %, every 1.4 s) while the weight rocks a little from foot to
 * foot. A {@code careful} practitioner stays below 80 % of each zone's limit and lifts almost all weight
 * onto the bars while crossing a no-go zone; a careless one does not.
 */
public record Glide(Place to, double loadKg, double stanceCm, boolean careful, double durationS) implements Action {

    static final double PUSH_PERIOD_S = 1.4;

    @Override
    public String kind() {
        return "glide";
    }

    @Override
    public Pose pose(Pose start, double tS, Stage stage) {
        Feet from = Feet.of(start);
        double settle = Curves.ease(tS / Math.min(1.0, durationS / 4));
        double phase = 2 * Math.PI * tS / PUSH_PERIOD_S;
        double mid = Curves.lerp(from.midXcm(), stage.xOf(to), Curves.ease(tS / durationS));
        double stance = Curves.lerp(from.stanceCm(), stanceCm, settle);
        double share = Curves.lerp(from.leftShare(), 0.5 + 0.12 * Math.sin(phase), settle);
        double target = loadKg * (1 + 0.08 * Math.sin(phase));
        if (careful) {
            target = Math.min(target, stage.carefulCapKg(new Feet(mid, stance, share, 1).centreXcm()));
        }
        return new Feet(mid, stance, share, Curves.lerp(from.kg(), target, settle)).on(start);
    }
}
