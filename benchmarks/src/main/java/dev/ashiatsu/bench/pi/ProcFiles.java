package dev.ashiatsu.bench.pi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux's /proc says about a process's memory and a core's load. The parsers are pure (text in,
 * values out); the readers read the files. Values are -1 where a file or a field is missing.
 */
final class ProcFiles {

    /** Resident memory now ({@code VmRSS}) and its peak so far ({@code VmHWM}), in kB. */
    record Memory(long rssKb, long hwmKb) {
    }

    /** One core's time since boot, in clock ticks: busy (not idle, not waiting for I/O) and total. */
    record CoreTicks(long busy, long total) {

        /** The share (0 to 1) of the time between {@code earlier} and this that the core was busy. */
        double busySince(CoreTicks earlier) {
            long total = this.total - earlier.total;
            return total <= 0 ? Double.NaN : (busy - earlier.busy) / (double) total;
        }
    }

    private ProcFiles() {
    }

    /** The memory lines of a {@code /proc/PID/status} text. */
    static Memory memory(String status) {
        return new Memory(kb(status, "VmRSS:"), kb(status, "VmHWM:"));
    }

    /** The {@code cpuN} line of a {@code /proc/stat} text; null when there is no such core. */
    static CoreTicks core(String stat, int core) {
        String prefix = "cpu" + core + " ";
        for (String line : stat.split("\n")) {
            if (line.startsWith(prefix)) {
                String[] f = line.trim().split("\\s+");
                long total = 0;
                // user nice system idle iowait irq softirq steal (guest time is already in user)
                for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
                return new CoreTicks(total - idle, total);
            }
        }
        return null;
    }

    static Memory readMemory(long pid) {
        try {
            return memory(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            return new Memory(-1, -1);
        }
    }

    static CoreTicks readCore(int core) {
        try {
            return core(Files.readString(Path.of("/proc/stat")), core);
        } catch (IOException e) {
            return null;
        }
    }

    /** The 1-minute load average, or NaN. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long kb(String status, String key) {
        for (String line : status.split("\n")) {
            if (line.startsWith(key)) {
                String digits = line.substring(key.length()).replaceAll("[^0-9]", "");
                return digits.isEmpty() ? -1 : Long.parseLong(digits);
            }
        }
        return -1;
    }
}
