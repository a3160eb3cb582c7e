/**
 * The simulator: physically faithful sensor streams from scripted scenarios, with faults on demand.
 *
 * <pre>
 * scenario YAML --ScenarioReader--> Scenario --Timeline--> Moment (client on the table, practitioner's pose)
 *     --TableScene (statics of the rigid top)--> true load per channel
 *     --CellSensor (creep, drift, HX711 noise, calibration)--> counts     } one {@link dev.ashiatsu.sim.SimFrame}
 *     --faults (spike, stale, saturate, stuck, cable, corrupt, reset)-->  } per sample, from {@link dev.ashiatsu.sim.Simulation}
 *
 * Scenario button presses --> ButtonChanges (down, up 0.2 s later) in the SimFrame they precede
 * SimFrame --SimulatorSource--> FrameSink (serve, demo; real-time pacing; presses to FrameSink.input)
 *          --output.*--> recording CSV | capture | serial device | pty pair (socat)
 *          --GroundTruth (core Monitor on the noise-free signal)--> the alarms the rules demand
 * </pre>
 *
 * Everything random comes from one seed, split in a fixed order: the same seed gives the same bytes.
 */
package dev.ashiatsu.sim;
