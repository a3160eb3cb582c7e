package dev.ashiatsu.sim.model;

/**
 * A vertical force on the table top.
 *
 * @param kg  kg-force, downward positive
 * @param xCm position along the table from the head end (cm)
 * @param yCm position across the table (cm)
 */
public record PointLoad(double kg, double xCm, double yCm) {
}
