package dev.ashiatsu.sim.scenario;

/** An action and when it starts (s from the start of the scenario). */
public record TimedAction(double startS, Action action) {

    public double endS() {
        return startS + action.durationS();
    }
}
