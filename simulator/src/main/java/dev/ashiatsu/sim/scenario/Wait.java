package dev.ashiatsu.sim.scenario;

/** Nothing changes: everyone holds still. */
public record Wait(double durationS) implements Action {

    @Override
    public String kind() {
        return "wait";
    }
}
