package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.sim.model.Pose;

/**
 * Slow compressions: {@code count} times the practitioner sinks onto the client up to {@code peakKg}
 * (35 % of each cycle), holds (25 %) and eases back to {@code baseKg} (40 %). With a {@code place} the
 * feet first move there (in the first fifth of the time, at most 1 s).
 */
public record Press(Place place, double peakKg, double baseKg, int count, double durationS) implements Action {

    @Override
    public String kind() {
        return "press";
    }

    @Override
    public Pose pose(Pose start, double tS, Stage stage) {
        Feet from = Feet.of(start);
        double moveS = place != null ? Math.min(1.0, durationS / 5) : 0;
        double base = Double.isNaN(baseKg) ? from.kg() : baseKg;
        if (tS < moveS) {
            double u = Curves.ease(tS / moveS);
            double mid = Curves.lerp(from.midXcm(), stage.xOf(place), u);
            return new Feet(mid, from.stanceCm(), from.leftShare(), Curves.lerp(from.kg(), base, u)).on(start);
        }
        double mid = place != null ? stage.xOf(place) : from.midXcm();
        double cycleS = (durationS - moveS) / count;
        double v = ((tS - moveS) % cycleS) / cycleS;
        if (tS >= durationS) {
            v = 1;
        }
        double shape = v < 0.35 ? Curves.ease(v / 0.35) : v < 0.6 ? 1 : 1 - Curves.ease((v - 0.6) / 0.4);
        double startKg = moveS > 0 ? base : from.kg();
        double kg = tS - moveS < cycleS * 0.35 ? Curves.lerp(startKg, peakKg, shape) : Curves.lerp(base, peakKg, shape);
        return new Feet(mid, from.stanceCm(), from.leftShare(), kg).on(start);
    }
}
