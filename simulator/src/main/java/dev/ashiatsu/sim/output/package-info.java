/**
 * Where simulated frames go, and what is written beside them.
 *
 * <pre>
 * SimFrame --CsvOutput (bridge CsvRecordingWriter)--> recording CSV (kg; button presses as #input lines)
 *          --SerialLines--> protocol lines (button changes as input lines)
 *                          --CaptureOutput (bridge CaptureWriter)--> capture file ('@epoch-ms line')
 *                                          --SerialPortOutput--> serial device or PtyPair (socat)
 * Scenario --core ConfigWriter--> table / client / practitioner YAML;  alarms --TruthWriter--> JSON
 * </pre>
 *
 * {@link dev.ashiatsu.sim.output.SimulationExport} ties them together for {@code ashiatsu simulate}.
 */
package dev.ashiatsu.sim.output;
