/**
 * The Pi budget run (docs/performance.md, "One table on a Pi's budget"): the real {@code serve}, started by
 * the {@code ashiatsu} launcher on one core with a capped heap, on the simulator at 80 Hz with 8 channels and
 * recording on, watched by a few live viewers for a long time.
 *
 * <pre>
 *   PiBudget (main) --starts--> ServedTable (taskset -c 0 ./ashiatsu serve ..., its log, its pid)
 *            |--------------> Viewer x N on /ws/live: updates per second, OVER_LIMIT latency (FrameClock)
 *            |--every 1 s---> per-viewer update counts;  every 10 s: Sample (/api/health, ProcStatus, CPU, journal)
 *            '--at the end--> GcLog (pauses), BudgetReport (summary.txt, samples.csv)
 * </pre>
 *
 * Nothing here asserts a speed: it measures and writes the figures down.
 */
package dev.ashiatsu.bench.pi;
