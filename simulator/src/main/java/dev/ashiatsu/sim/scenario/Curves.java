package dev.ashiatsu.sim.scenario;

/** Smooth shapes for movements: every function maps [0, 1] onto [0, 1] and clamps outside. */
final class Curves {

    private Curves() {
    }

    static double clamp01(double u) {
        return u < 0 ? 0 : u > 1 ? 1 : u;
    }

    /** A cosine ease: slow start, slow end, like a body shifting its weight. */
    static double ease(double u) {
        double c = clamp01(u);
        return 0.5 - 0.5 * Math.cos(Math.PI * c);
    }

    static double lerp(double from, double to, double u) {
        return from + (to - from) * u;
    }
}
