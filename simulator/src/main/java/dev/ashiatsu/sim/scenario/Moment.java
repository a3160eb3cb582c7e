package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.sim.model.Pose;

/**
 * The physical state at one instant: the client's weight on the table, the practitioner's pose and how
 * the bar load is shared between two bar cells (the first cell's share).
 */
public record Moment(double tS, double clientKg, Pose pose, double leftBarShare) {
}
