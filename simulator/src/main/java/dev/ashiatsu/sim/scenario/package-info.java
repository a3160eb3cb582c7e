/**
 * Scenarios: what the client and the practitioner do, and the faults, as a pure function of time.
 *
 * <pre>
 * YAML --ScenarioReader/ActionParser--> Scenario (table, profiles, sensors, timeline of Actions, Faults)
 * Scenario --Timeline.at(t)--> Moment: each Action maps (its start state, time into it) to a Pose;
 *                                      grip slips and stool leans are laid on top
 * </pre>
 *
 * Actions: clientOn, clientOff, wait, mount, dismount, load, glide, press, rock, step (docs/simulator.md).
 * The timeline entries acknowledge and clientStop are button presses ({@link dev.ashiatsu.sim.scenario.ButtonPress}):
 * they take no time and are kept apart from the actions.
 */
package dev.ashiatsu.sim.scenario;
