package dev.ashiatsu.dashboard.load;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The process's CPU time and each live thread's, so that CPU can be told apart by what the threads do
 * (their names with the digits taken out: {@code simulator-clinic}, {@code influx-uploader},
 * {@code shared-write_#} ...). Threads that ended between two snapshots are counted in the process's
 * time only; the JVM's own threads (GC, JIT) likewise.
 */
final class CpuMeter {

    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /** CPU times at one moment, ns. */
    record Snapshot(long processNs, Map<Long, String> names, Map<Long, Long> threadNs) {

        /**
         * The CPU used from {@code earlier} to this snapshot, ns, by the process and by thread group.
         *
         * @param serverGroups the thread groups of the server (counted apart from the tables)
         */
        Use minus(Snapshot earlier, Set<String> serverGroups) {
            Map<String, Long> byGroup = new TreeMap<>();
            threadNs.forEach((id, ns) -> {
                long before = earlier.threadNs.getOrDefault(id, 0L);
                byGroup.merge(group(names.get(id)), ns - before, Long::sum);
            });
            return new Use(processNs - earlier.processNs, byGroup, Set.copyOf(serverGroups));
        }

        /** The groups of the threads in this snapshot that were not in {@code earlier}. */
        Set<String> groupsStartedSince(Snapshot earlier) {
            Set<String> started = new TreeSet<>();
            names.forEach((id, name) -> {
                if (!earlier.names.containsKey(id)) {
                    started.add(group(name));
                }
            });
            return started;
        }
    }

    /**
     * @param processNs CPU time of the whole process (every thread, GC and JIT included)
     * @param byGroupNs CPU time of the live threads, by group
     * @param serverGroups the groups that are the server's threads
     */
    record Use(long processNs, Map<String, Long> byGroupNs, Set<String> serverGroups) {

        /** The CPU time of the embedded server's threads (not the tables'). */
        long serverNs() {
            return byGroupNs.entrySet().stream().filter(e -> serverGroups.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    long processNs() {
        return os.getProcessCpuTime();
    }

    Snapshot snapshot() {
        long process = os.getProcessCpuTime();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long ns = threads.getThreadCpuTime(info.getThreadId());
            if (ns >= 0) {
                names.put(info.getThreadId(), info.getThreadName());
                cpu.put(info.getThreadId(), ns);
            }
        }
        return new Snapshot(process, names, cpu);
    }

    /** A thread's group: its name with runs of digits as {@code #}. */
    static String group(String threadName) {
        return threadName.replaceAll("[0-9]+", "#");
    }
}
