package dev.ashiatsu.sim.scenario;

/** The client lies down on the table ({@code clientOn}) or gets up ({@code clientOff}). */
public record ClientMoves(boolean on, double durationS) implements Action {

    @Override
    public String kind() {
        return on ? "clientOn" : "clientOff";
    }

    @Override
    public double clientKg(double startKg, double tS, Stage stage) {
        double target = on ? stage.body().weightKg() : 0;
        return Curves.lerp(startKg, target, Curves.ease(tS / durationS));
    }
}
