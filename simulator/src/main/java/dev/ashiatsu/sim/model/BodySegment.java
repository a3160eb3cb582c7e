package dev.ashiatsu.sim.model;

/**
 * A segment of a prone body: its share of body mass, the stretch of stature it covers (height fractions
 * above the soles) and its sideways offset from the body's midline.
 */
public record BodySegment(String name, double massFraction, double fromH, double toH, double yOffsetCm) {
}
