/**
 * The command line: {@code ./ashiatsu <command>}.
 *
 * <pre>
 *   Main --COMMANDS--> analyze (report of a recording), serve / demo (the dashboard on a live source),
 *                      calibrate (one cell with a known weight)
 *   serve/demo: --source --> LiveSource (simulator, or the bridge's serial/capture/csv) --> Dashboard.start
 * </pre>
 */
package dev.ashiatsu.dashboard.cli;
