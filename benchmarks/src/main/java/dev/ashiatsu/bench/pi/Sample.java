package dev.ashiatsu.bench.pi;

/**
 * The served table at one moment of the run (written as one row of {@code samples.csv}).
 *
 * @param atS              seconds since the viewers connected
 * @param framesIn         frames the pipeline has taken from the source ({@code /api/health})
 * @param framesDropped    frames the acquisition loop dropped because it fell behind ({@code /api/health})
 * @param sampleRateHz     the frame rate the server measures
 * @param liveClients      viewers the server counts
 * @param heapAfterGcMb    the heap in use after the last collection ({@code /api/health})
 * @param heapUsedMb       the heap in use now
 * @param rssMb            resident memory now ({@code VmRSS})
 * @param hwmMb            peak resident memory so far ({@code VmHWM})
 * @param serverCpuPct     the server's CPU since the previous sample, % of one core
 * @param coreBusyPct      how busy the server's core (core 0 when not pinned) was since the previous sample, by anyone
 * @param load1            the machine's 1-minute load average
 * @param journalBytes     the size on disk of the journals this run recorded
 * @param slowestViewerUpdatesPerS the fewest updates a second any viewer received since the previous sample
 */
record Sample(double atS, long framesIn, long framesDropped, double sampleRateHz, int liveClients, double heapAfterGcMb,
              double heapUsedMb, double rssMb, double hwmMb, double serverCpuPct, double coreBusyPct, double load1,
              long journalBytes, double slowestViewerUpdatesPerS) {

    static final String CSV_HEADER = "t_s,frames_in,frames_dropped,sample_rate_hz,live_clients,heap_after_gc_mb,heap_used_mb,"
            + "rss_mb,hwm_mb,server_cpu_pct,core_busy_pct,load1,journal_bytes,slowest_viewer_updates_per_s";

    String csv() {
        return String.format(java.util.Locale.ROOT, "%.1f,%d,%d,%.2f,%d,%.2f,%.2f,%.1f,%.1f,%.2f,%.1f,%.2f,%d,%.1f", atS,
                framesIn, framesDropped, sampleRateHz, liveClients, heapAfterGcMb, heapUsedMb, rssMb, hwmMb, serverCpuPct,
                coreBusyPct, load1, journalBytes, slowestViewerUpdatesPerS);
    }
}
