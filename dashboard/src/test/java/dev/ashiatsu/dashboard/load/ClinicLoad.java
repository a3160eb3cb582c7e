package dev.ashiatsu.dashboard.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.influx.QuestDbServer;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionSummary;
import dev.ashiatsu.testing.Await;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The clinic load run (docs/performance.md, "Clinic load"): {@code N} {@link ClinicTable}s, each the full live
 * path at 80 Hz with 8 channels, all uploading to one embedded QuestDB through InfluxDB's v2 write API. While
 * they run it samples the upload backlog, the heap and the CPU; then it ends every session, waits for the
 * uploaders to drain and counts per session what the server stored against what the journal holds. It measures
 * and reports; it asserts nothing about speed.
 */
final class ClinicLoad {

    private ClinicLoad() {
    }

    /**
     * @param scenario    the simulator scenario every table runs (seeded by its index)
     * @param duration    how long the sessions run
     * @param sampleEvery how often the backlog, heap and CPU are sampled
     * @param work        where QuestDB and the tables' data directories go
     * @param log         where progress goes (one line per sample)
     */
    static ClinicReport run(int tables, Path scenario, Duration duration, Duration sampleEvery, Path work,
                            PrintStream log) throws Exception {
        CpuMeter cpu = new CpuMeter();
        CpuMeter.Snapshot beforeServer = cpu.snapshot();
        try (QuestDbServer questDb = new QuestDbServer(work.resolve("questdb"))) {
            questDb.createOverwritingTables();
            Set<String> serverThreads = cpu.snapshot().groupsStartedSince(beforeServer);
            InfluxSettings influx = new InfluxSettings(questDb.url(), "clinic", "ashiatsu", "unused");
            List<ClinicTable> clinic = new ArrayList<>();
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            try {
                for (int i = 1; i <= tables; i++) {
                    clinic.add(new ClinicTable(i, scenario, work.resolve("table-" + i), influx));
                }
                for (ClinicTable table : clinic) {
                    table.start();
                }
                log.printf(Locale.ROOT, "clinic load: %d tables started, QuestDB at %s, running %d s%n",
                        tables, questDb.url(), duration.toSeconds());
                return measure(clinic, questDb, cpu, serverThreads, duration, sampleEvery, log, loadBefore);
            } finally {
                for (ClinicTable table : clinic) {
                    table.close();
                }
            }
        }
    }

    private static ClinicReport measure(List<ClinicTable> clinic, QuestDbServer questDb, CpuMeter cpu,
                                        Set<String> serverThreads, Duration duration, Duration sampleEvery,
                                        PrintStream log, double loadBefore) throws Exception {
        List<ClinicReport.Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ClinicReport.Sample previous = null;
        CpuMeter.Snapshot startCpu = cpu.snapshot();
        for (long next = start + sampleEvery.toNanos(); ; next += sampleEvery.toNanos()) {
            long now = System.nanoTime();
            if (next > end) {
                next = end;
            }
            if (now < next) {
                Thread.sleep((next - now) / 1_000_000, (int) ((next - now) % 1_000_000));
            }
            ClinicReport.Sample sample = sample(clinic, (System.nanoTime() - start) / 1e9, cpu.processNs(), previous);
            samples.add(sample);
            log.println(sample.line());
            previous = sample;
            if (next >= end) {
                break;
            }
        }
        CpuMeter.Snapshot endCpu = cpu.snapshot();
        double wallS = (System.nanoTime() - start) / 1e9;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        System.gc();
        long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long dropped = 0;
        long sourceFrames = 0;
        for (ClinicTable table : clinic) {
            dropped += table.health().framesDropped();
            sourceFrames += table.health().framesIn();
        }

        long stopped = System.nanoTime();
        for (ClinicTable table : clinic) {
            table.stopSession();
        }
        awaitDrained(clinic, Duration.ofMinutes(15));
        double drainS = (System.nanoTime() - stopped) / 1e9;
        log.printf(Locale.ROOT, "clinic load: sessions ended, uploads drained %.1f s after the stop%n", drainS);

        List<ClinicReport.TableResult> results = count(clinic, questDb);
        return new ClinicReport(clinic.size(), wallS, samples, results, endCpu.minus(startCpu, serverThreads), heapAfterGc,
                dropped, sourceFrames, drainS, loadBefore, loadAfter, threads);
    }

    private static ClinicReport.Sample sample(List<ClinicTable> clinic, double tS, long processCpuNs,
                                              ClinicReport.Sample previous) {
        long total = 0;
        long max = 0;
        long points = 0;
        int retrying = 0;
        for (ClinicTable table : clinic) {
            long pending = table.pendingBytes();
            total += pending;
            max = Math.max(max, pending);
            points += table.pointsWritten();
            if (table.uploadError() != null) {
                retrying++;
            }
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        double cores = previous == null ? Double.NaN
                : (processCpuNs - previous.processCpuNs()) / 1e9 / (tS - previous.tS());
        return new ClinicReport.Sample(tS, total, max, retrying, points, heap, processCpuNs, cores);
    }

    /** Waits until every session has ended in its journal and every journal is uploaded to its end. */
    private static void awaitDrained(List<ClinicTable> clinic, Duration timeout) {
        Await.until(timeout, () -> clinic.stream().allMatch(ClinicLoad::drained), () -> "every upload to drain: "
                + clinic.stream().filter(table -> !drained(table))
                        .map(table -> table.name() + " pending " + table.pendingBytes() + " bytes, error " + table.uploadError())
                        .findFirst().orElse("done"));
    }

    private static boolean drained(ClinicTable table) {
        try {
            return table.pendingBytes() == 0 && table.summary().ended();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** What each session's journal holds against what the server stored for it. */
    private static List<ClinicReport.TableResult> count(List<ClinicTable> clinic, QuestDbServer questDb) throws Exception {
        questDb.awaitTable("ashiatsu_frame");
        questDb.awaitTable("ashiatsu_alarm");
        questDb.awaitTable("ashiatsu_session");
        Map<String, long[]> frames = perSession(questDb.query(
                "SELECT session, count(), count_distinct(timestamp) FROM ashiatsu_frame"));
        Map<String, long[]> alarms = perSession(questDb.query("SELECT session, count() FROM ashiatsu_alarm"));
        Map<String, long[]> notes = Map.of();
        if (questDb.count("SELECT count() FROM tables() WHERE table_name = 'ashiatsu_note'") > 0) {
            questDb.awaitTable("ashiatsu_note");
            notes = perSession(questDb.query("SELECT session, count() FROM ashiatsu_note"));
        }
        Map<String, long[]> sessions = perSession(questDb.query(
                "SELECT session, count(), sum(CASE WHEN ended THEN 1 ELSE 0 END) FROM ashiatsu_session"));
        List<ClinicReport.TableResult> results = new ArrayList<>();
        for (ClinicTable table : clinic) {
            SessionSummary summary = table.summary();
            SessionData journal = table.journal();
            String id = table.sessionId();
            long[] f = frames.getOrDefault(id, new long[2]);
            long[] s = sessions.getOrDefault(id, new long[2]);
            results.add(new ClinicReport.TableResult(table.name(), id, summary.durationS(),
                    summary.frames(), summary.framesLost(), f[0], f[1], journal.alarms().size(),
                    alarms.getOrDefault(id, new long[1])[0], journal.notes().size(),
                    notes.getOrDefault(id, new long[1])[0], s[0], s[1], table.journalBytes(),
                    table.health().framesDropped()));
        }
        return results;
    }

    private static Map<String, long[]> perSession(JsonNode rows) {
        Map<String, long[]> bySession = new HashMap<>();
        for (JsonNode row : rows) {
            long[] values = new long[row.size() - 1];
            for (int i = 1; i < row.size(); i++) {
                values[i - 1] = row.get(i).asLong();
            }
            bySession.put(row.get(0).asText(), values);
        }
        return bySession;
    }
}
