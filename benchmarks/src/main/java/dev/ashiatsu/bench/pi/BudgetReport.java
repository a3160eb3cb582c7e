package dev.ashiatsu.bench.pi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The run's summary as text: what ran where, then each figure the issue asks for. Pure apart from reading /proc/cpuinfo. */
final class BudgetReport {

    private BudgetReport() {
    }

    static String summary(PiBudget.Settings s, String javaOpts, PiBudget.Measured m, List<GcLog.Pause> pauses,
                          double loadBefore, double loadAfter) {
        StringBuilder out = new StringBuilder();
        line(out, "Pi budget run, ended %s (%s)", Instant.now(), m.ended());
        line(out, "machine: %d cores (%s), load average %.2f before and %.2f after; serve %s",
                processors(), cpuModel(), loadBefore, loadAfter,
                (s.pinnedCore() >= 0 ? "pinned to core " + s.pinnedCore() + " (taskset)" : "not pinned") + ", nice " + s.nice());
        line(out, "serve: sim:%s, ASHIATSU_JAVA_OPTS=\"%s\"", s.repo().relativize(s.scenario()), javaOpts);
        line(out, "run: %d s with %d viewers; figures from %d s on (the first %d s are warm-up)", s.seconds(), s.viewers(),
                s.warmupS(), s.warmupS());
        List<Sample> samples = m.samples();
        if (samples.isEmpty()) {
            line(out, "no samples: the run ended before the first (%s)", m.ended());
            return out.toString();
        }
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        double spanS = last.atS() - first.atS();
        line(out, "");
        line(out, "frames: %d taken in, %d dropped by the pipeline; %.2f frames/s from %.0f s to %.0f s (rate measured by serve at the end: %.2f Hz)",
                last.framesIn(), last.framesDropped(), spanS > 0 ? (last.framesIn() - first.framesIn()) / spanS : Double.NaN,
                first.atS(), last.atS(), last.sampleRateHz());
        StringBuilder perViewer = new StringBuilder();
        for (long updates : m.updatesMeasured()) {
            perViewer.append(String.format(Locale.ROOT, " %.2f", updates / m.measuredS()));
        }
        Distribution perSecond = m.updatesPerSecond();
        line(out, "updates/s per viewer (mean over %.0f s):%s; the slowest viewer's lowest 10 s: %.1f/s", m.measuredS(), perViewer,
                samples.stream().filter(x -> x.atS() > s.warmupS()).mapToDouble(Sample::slowestViewerUpdatesPerS).min().orElse(Double.NaN));
        line(out, "updates in one second, per viewer: p1 %.0f, p50 %.0f, min %.0f; %d of %d viewer-seconds under 20",
                perSecond.percentile(0.01), perSecond.percentile(0.5), perSecond.percentile(0), perSecond.countBelow(20),
                perSecond.count());
        long bytes = m.viewers().stream().mapToLong(v -> v.updateBytes.get()).sum();
        long updates = m.viewers().stream().mapToLong(v -> v.updates.get()).sum();
        line(out, "update messages: %.0f bytes on average; unreadable messages: %d", bytes / (double) Math.max(1, updates),
                m.viewers().stream().mapToLong(v -> v.unreadable.get()).sum());
        Distribution delay = m.updateDelayMs();
        line(out, "update delay, frame into serve to viewer: p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms (%d updates)",
                delay.percentile(0.5), delay.percentile(0.99), delay.percentile(0.999), delay.percentile(1), delay.count());
        Distribution alarm = m.overLimitDelayMs();
        StringBuilder raised = new StringBuilder();
        m.viewers().forEach(v -> raised.append(' ').append(v.overLimitsRaised.get()));
        line(out, "OVER_LIMIT latency, raising frame into serve to viewer: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d measured); raised per viewer:%s",
                alarm.percentile(0.5), alarm.percentile(0.99), alarm.percentile(1), alarm.count(), raised);
        review(out, m.reviewer());
        List<Sample> warm = samples.stream().filter(x -> x.atS() > s.warmupS()).toList();
        line(out, "resident memory (VmRSS): %.0f MB at %.0f s, %.0f to %.0f MB after the warm-up, %.0f MB at the end; peak (VmHWM) %.0f MB",
                first.rssMb(), first.atS(), min(warm, Sample::rssMb), max(warm, Sample::rssMb), last.rssMb(), last.hwmMb());
        line(out, "heap after GC (/api/health): %.1f to %.1f MB after the warm-up, %.1f MB at the end",
                min(warm, Sample::heapAfterGcMb), max(warm, Sample::heapAfterGcMb), last.heapAfterGcMb());
        gc(out, pauses);
        line(out, "serve's CPU: %.1f %% of one core on average after the warm-up, highest 10 s %.1f %%; core %d busy (everyone) %.0f %% on average",
                mean(warm, Sample::serverCpuPct), max(warm, Sample::serverCpuPct), Math.max(0, s.pinnedCore()),
                mean(warm, Sample::coreBusyPct));
        line(out, "journal: %d bytes after %.0f s of session = %.1f MB per hour", last.journalBytes(), last.atS(),
                last.journalBytes() / last.atS() * 3600 / 1e6);
        return out.toString();
    }

    private static void review(StringBuilder out, Reviewer reviewer) {
        if (reviewer == null) {
            line(out, "review: none (no --review)");
            return;
        }
        Distribution ms = reviewer.openMs();
        line(out, "review of %d recorded sessions in turn: opened %d times, p50 %.0f ms, max %.0f ms; %d failed%s",
                reviewer.sessions(), ms.count(), ms.percentile(0.5), ms.percentile(1), reviewer.failures(),
                reviewer.firstFailure() == null ? "" : " (first: " + reviewer.firstFailure() + ")");
    }

    private static void gc(StringBuilder out, List<GcLog.Pause> pauses) {
        if (pauses.isEmpty()) {
            line(out, "GC: no pauses in gc.log");
            return;
        }
        Distribution ms = new Distribution();
        pauses.forEach(p -> ms.add(p.pauseMs()));
        double total = pauses.stream().mapToDouble(GcLog.Pause::pauseMs).sum();
        double uptime = pauses.get(pauses.size() - 1).uptimeS();
        List<GcLog.Pause> later = pauses.stream().filter(p -> p.uptimeS() > uptime / 2).toList();
        line(out, "GC: %d pauses (%d full) in %.0f s, %.0f ms in all (%.3f %% of the time); pause p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                pauses.size(), pauses.stream().filter(GcLog.Pause::full).count(), uptime, total, total / uptime / 10,
                ms.percentile(0.5), ms.percentile(0.99), ms.percentile(1));
        line(out, "GC: heap after each collection in the second half %.1f to %.1f MB, heap size %.0f MB",
                later.stream().mapToDouble(GcLog.Pause::afterMb).min().orElse(Double.NaN),
                later.stream().mapToDouble(GcLog.Pause::afterMb).max().orElse(Double.NaN),
                later.stream().mapToDouble(GcLog.Pause::heapMb).max().orElse(Double.NaN));
    }

    private static double min(List<Sample> samples, ToDoubleFunction<Sample> f) {
        return samples.stream().mapToDouble(f).min().orElse(Double.NaN);
    }

    private static double max(List<Sample> samples, ToDoubleFunction<Sample> f) {
        return samples.stream().mapToDouble(f).max().orElse(Double.NaN);
    }

    private static double mean(List<Sample> samples, ToDoubleFunction<Sample> f) {
        return samples.stream().mapToDouble(f).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    /** The machine's processors (this process may be pinned to fewer). */
    private static long processors() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("processor")).count();
        } catch (IOException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
