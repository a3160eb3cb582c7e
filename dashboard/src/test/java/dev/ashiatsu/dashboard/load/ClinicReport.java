package dev.ashiatsu.dashboard.load;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one clinic load run, and their text (a table for docs/performance.md, the samples and
 * every table's counts).
 *
 * @param wallS       how long the sessions ran, s (the measured window)
 * @param cpu         CPU used in that window
 * @param heapAfterGc heap in use after a full GC at the end of the window, bytes
 * @param dropped     frames the acquisition pipelines dropped (fell behind), all tables
 * @param sourceFrames frames the sources handed to the pipelines, all tables
 * @param drainS      from ending the sessions to every journal uploaded to its end, s
 * @param loadBefore  the system's one-minute load average before the tables started
 * @param loadAfter   the same at the end of the window
 * @param threads     live threads at the end of the window
 */
record ClinicReport(int tables, double wallS, List<Sample> samples, List<TableResult> results, CpuMeter.Use cpu,
                    long heapAfterGc, long dropped, long sourceFrames, double drainS, double loadBefore,
                    double loadAfter, int threads) {

    /**
     * One sample of the run.
     *
     * @param pendingBytes    journal bytes not yet accepted by the server, all tables
     * @param maxPendingBytes the same, the table with the most
     * @param retrying        tables whose uploader's last pass failed
     * @param pointsWritten   points accepted by the server so far, all tables
     * @param processCpuNs    the process's CPU time so far
     * @param cores           CPU since the previous sample, in cores (1.0 = one core busy); NaN for the first
     */
    record Sample(double tS, long pendingBytes, long maxPendingBytes, int retrying, long pointsWritten, long heapBytes,
                  long processCpuNs, double cores) {

        String line() {
            return String.format(Locale.ROOT, "t %6.0f s  backlog %9.1f KB (max table %7.1f KB)  retrying %3d  points %11d"
                            + "  heap %6.1f MB  cpu %.2f cores",
                    tS, pendingBytes / 1024.0, maxPendingBytes / 1024.0, retrying, pointsWritten, heapBytes / 1e6, cores);
        }
    }

    /** One table's session: what its journal holds and what the server stored for it. */
    record TableResult(String table, String session, double durationS, long journalFrames, long framesLost,
                       long storedFrames, long distinctStoredFrames, long journalAlarms, long storedAlarms,
                       long journalNotes, long storedNotes, long sessionRows, long endedSessionRows, long journalBytes, long pipelineDropped) {

        /** Every frame, alarm and note stored once, and the session point once, complete with its end. */
        boolean exactlyOnce() {
            return storedFrames == journalFrames && distinctStoredFrames == storedFrames
                    && storedAlarms == journalAlarms && storedNotes == journalNotes
                    && sessionRows == 1 && endedSessionRows == 1;
        }

        long generatedPoints() {
            return journalFrames + journalAlarms + journalNotes + 1;
        }

        long storedPoints() {
            return storedFrames + storedAlarms + storedNotes + sessionRows;
        }
    }

    boolean exactlyOnce() {
        return results.stream().allMatch(TableResult::exactlyOnce);
    }

    long generatedPoints() {
        return results.stream().mapToLong(TableResult::generatedPoints).sum();
    }

    long storedPoints() {
        return results.stream().mapToLong(TableResult::storedPoints).sum();
    }

    /** Journal bytes per table per hour of session. */
    double journalBytesPerTableHour() {
        double hours = results.stream().mapToDouble(TableResult::durationS).sum() / 3600;
        return results.stream().mapToLong(TableResult::journalBytes).sum() / hours;
    }

    /** CPU of everything but the server, per table, as a fraction of one core. */
    double cpuPerTable() {
        return (cpu.processNs() - cpu.serverNs()) / 1e9 / tables / wallS;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        long frames = results.stream().mapToLong(TableResult::journalFrames).sum();
        long stored = results.stream().mapToLong(TableResult::storedFrames).sum();
        long distinct = results.stream().mapToLong(TableResult::distinctStoredFrames).sum();
        long lost = results.stream().mapToLong(TableResult::framesLost).sum();
        long wrong = results.stream().filter(r -> !r.exactlyOnce()).count();
        List<Sample> measured = samples;
        int half = measured.size() / 2;
        line(out, "| clinic load | %d tables, 80 Hz, 8 channels, one QuestDB, %.0f s |", tables, wallS);
        line(out, "| --- | --- |");
        line(out, "| points generated (journal: frames + alarms + notes + session) | %d |", generatedPoints());
        line(out, "| points stored in QuestDB | %d |", storedPoints());
        line(out, "| frames: journal / stored / distinct stored | %d / %d / %d |", frames, stored, distinct);
        line(out, "| exactly once (every session: frames, alarms, notes, session point) | %s |",
                wrong == 0 ? "yes, all " + tables + " sessions" : "NO: " + wrong + " of " + tables + " sessions differ");
        line(out, "| frames lost by the recorders / dropped by the pipelines | %d / %d |", lost, dropped);
        line(out, "| frames from the sources per table per second | %.1f |", sourceFrames / (double) tables / wallS);
        line(out, "| upload backlog, all tables: mean 1st half / mean 2nd half / max | %.0f / %.0f / %.0f KB |",
                mean(measured.subList(0, half)) / 1024, mean(measured.subList(half, measured.size())) / 1024,
                measured.stream().mapToLong(Sample::pendingBytes).max().orElse(0) / 1024.0);
        line(out, "| upload backlog, largest of one table | %.1f KB |",
                measured.stream().mapToLong(Sample::maxPendingBytes).max().orElse(0) / 1024.0);
        line(out, "| samples with an uploader retrying | %d of %d |",
                measured.stream().filter(s -> s.retrying() > 0).count(), measured.size());
        line(out, "| uploads drained after the sessions ended | %.1f s |", drainS);
        line(out, "| CPU, whole process (tables + QuestDB + JVM) | %.2f cores |", cpu.processNs() / 1e9 / wallS);
        line(out, "| CPU, QuestDB's threads | %.2f cores |", cpu.serverNs() / 1e9 / wallS);
        line(out, "| CPU per table (process minus QuestDB, / N) | %.2f %% of one core |", 100 * cpuPerTable());
        line(out, "| journal per table-hour | %.2f MB |", journalBytesPerTableHour() / 1e6);
        line(out, "| heap used: max sampled / after GC at the end | %.0f / %.0f MB |",
                measured.stream().mapToLong(Sample::heapBytes).max().orElse(0) / 1e6, heapAfterGc / 1e6);
        line(out, "| load average (1 min) before / at the end | %.2f / %.2f |", loadBefore, loadAfter);
        out.append('\n');
        line(out, "CPU by thread group (%% of one core over the window):");
        cpu.byGroupNs().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> line(out, "  %-40s %7.2f %%%s", e.getKey(), 100.0 * e.getValue() / 1e9 / wallS,
                        cpu.serverGroups().contains(e.getKey()) ? "  (QuestDB)" : ""));
        line(out, "  live threads at the end: %d", threads);
        out.append('\n');
        line(out, "Samples:");
        samples.forEach(s -> line(out, "  %s", s.line()));
        out.append('\n');
        line(out, "Tables (session, minutes, journal frames, stored, distinct, alarms journal/stored, notes journal/stored,"
                + " session rows/ended, journal KB, dropped):");
        results.stream().sorted(Comparator.comparing(TableResult::table)).forEach(r -> line(out,
                "  %s %s %5.1f %8d %8d %8d %3d/%-3d %3d/%-3d %d/%d %8.0f %d%s", r.table(), r.session(), r.durationS() / 60,
                r.journalFrames(), r.storedFrames(), r.distinctStoredFrames(), r.journalAlarms(), r.storedAlarms(),
                r.journalNotes(), r.storedNotes(), r.sessionRows(), r.endedSessionRows(), r.journalBytes() / 1024.0, r.pipelineDropped(),
                r.exactlyOnce() ? "" : "  MISMATCH"));
        return out.toString();
    }

    private static double mean(List<Sample> samples) {
        return samples.stream().mapToLong(Sample::pendingBytes).average().orElse(Double.NaN);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
