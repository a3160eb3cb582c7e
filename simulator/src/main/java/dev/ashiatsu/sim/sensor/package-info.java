/**
 * The sensors as they really are: a true load in kg goes into a {@link dev.ashiatsu.sim.sensor.CellSensor},
 * which adds creep, zero drift and HX711 noise and returns signed 24-bit counts through the cell's
 * calibration.
 *
 * <pre>
 * true kg --creep, drift, noise--> read kg --calibration, round, clamp--> counts
 * </pre>
 */
package dev.ashiatsu.sim.sensor;
