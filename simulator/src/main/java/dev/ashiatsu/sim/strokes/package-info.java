/**
 * The strokes a scenario scripts, and how well the core's stroke segmenter finds them.
 *
 * <p>Data flow: Scenario --StrokeTruth (noise-free scripted load, offline)--> TrueStroke list;
 * Simulation (noisy kg frames) --SessionAnalyzer--> detected strokes; both --StrokeMatch--> StrokeScore;
 * {@link dev.ashiatsu.sim.strokes.StrokeValidation} prints the scores of the bundled scenarios over many seeds.
 */
package dev.ashiatsu.sim.strokes;
