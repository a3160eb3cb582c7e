/**
 * Pictures of a simulated session: {@link dev.ashiatsu.sim.plot.SessionPlot} draws the applied load against
 * the zone's limit over time, with the ground-truth alarms, as a PNG (Java2D, headless).
 *
 * <pre>
 * Scenario --Simulation (noise-free physics)--> curves ; GroundTruth --> alarm bands --> PNG
 * </pre>
 */
package dev.ashiatsu.sim.plot;
