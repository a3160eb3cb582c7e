package dev.ashiatsu.sim.scenario;

import java.util.Objects;

/**
 * One injected fault.
 *
 * @param tS        when it starts, seconds from the start of the scenario
 * @param durationS how long it lasts (s); 0 for a single sample
 * @param channel   the cell id for channel faults, else null
 * @param kg        the size of a spike, slip or stool lean (kg)
 * @param riseMs    how fast a slip lands (ms)
 * @param count     how many lines a corruption spoils
 */
public record Fault(FaultType type, double tS, double durationS, String channel, double kg, double riseMs, int count) {

    public Fault {
        Objects.requireNonNull(type, "type");
        if (!(tS >= 0)) {
            throw new IllegalArgumentException("t must be zero or more, was " + tS);
        }
        if (!(durationS >= 0)) {
            throw new IllegalArgumentException("duration must be zero or more, was " + durationS);
        }
        if (type.needsChannel() && channel == null) {
            throw new IllegalArgumentException("a " + type.yamlName() + " fault needs a channel");
        }
    }

    public double endS() {
        return tS + durationS;
    }

    /** True while a fault with a duration is in force at time t (s). */
    public boolean activeAt(double t) {
        return t >= tS && t < tS + durationS;
    }
}
