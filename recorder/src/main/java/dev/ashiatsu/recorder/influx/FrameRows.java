package dev.ashiatsu.recorder.influx;

import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionData;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the {@code ashiatsu_frame} rows of one session (one row per frame, fields as columns) into the columns
 * of a {@link SessionData}, the inverse of {@link PointMapper#frames}. A frame without {@code phase} had no
 * estimate; within an estimate an absent {@code limit_kg} is "no limit" (+Infinity), other absent loads are
 * NaN. Not thread-safe: one query feeds it.
 */
final class FrameRows {

    private final List<CellConfig> cells;
    private final String[] rawFields;
    private final String[] kgFields;
    private int frames;
    private boolean inKg;
    private double[] tMs = new double[1024];
    private double[][] values;
    private double[] applied = new double[1024];
    private double[] limit = new double[1024];
    private double[] table = new double[1024];
    private double[] bar = new double[1024];
    private double[] practitioner = new double[1024];
    private double[] xCm = new double[1024];
    private byte[] phase = new byte[1024];
    private byte[] zone = new byte[1024];

    FrameRows(SessionInfo info) {
        cells = info.table().cells();
        rawFields = new String[cells.size()];
        kgFields = new String[cells.size()];
        values = new double[cells.size()][1024];
        for (int c = 0; c < cells.size(); c++) {
            rawFields[c] = "raw_" + cells.get(c).id();
            kgFields[c] = "kg_" + cells.get(c).id();
        }
    }

    void add(QlRow row) {
        if (frames == tMs.length) {
            grow(frames * 2);
        }
        int i = frames;
        try {
            read(row, i);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("session " + row.text("session") + ": frame at " + row.text("time")
                    + " ns: " + e.getMessage());
        }
        frames = i + 1;
    }

    private void read(QlRow row, int i) {
        tMs[i] = row.number("t_ms", Double.NaN);
        if (Double.isNaN(tMs[i])) {
            throw new IllegalArgumentException("no t_ms field");
        }
        for (int c = 0; c < cells.size(); c++) {
            double raw = row.number(rawFields[c], Double.NaN);
            double kg = Double.isNaN(raw) ? row.number(kgFields[c], Double.NaN) : Double.NaN;
            if (!Double.isNaN(kg)) {
                inKg = true;
            }
            values[c][i] = Double.isNaN(raw) ? kg : raw;
        }
        String phaseName = row.text("phase");
        if (phaseName == null) {
            applied[i] = limit[i] = table[i] = bar[i] = practitioner[i] = xCm[i] = Double.NaN;
            phase[i] = -1;
            zone[i] = -1;
        } else {
            applied[i] = row.number("applied_kg", Double.NaN);
            limit[i] = row.number("limit_kg", Double.POSITIVE_INFINITY);
            table[i] = row.number("table_kg", Double.NaN);
            bar[i] = row.number("bar_kg", Double.NaN);
            practitioner[i] = row.number("practitioner_kg", Double.NaN);
            xCm[i] = row.number("x_cm", Double.NaN);
            phase[i] = (byte) Phase.valueOf(phaseName).ordinal();
            Zone z = PointRows.zone(row.text("zone"));
            zone[i] = (byte) (z == null ? -1 : z.ordinal());
        }
    }

    /** The session, frames in time order (sorted here if the rows came out of order). */
    SessionData build(String id, SessionInfo info, List<AlarmEvent> alarms, List<Note> notes, Double endMs,
                      long framesLost, List<BandSet> bands) {
        grow(frames);
        if (!sorted()) {
            sortByTime();
        }
        return new SessionData(id, info, frames, tMs, values, inKg, applied, limit, table, bar, practitioner, xCm,
                phase, zone, List.copyOf(alarms), List.copyOf(notes), endMs, framesLost, 0, List.of(), bands);
    }

    /** The last frame's time, NaN with none. */
    double lastTMs() {
        double last = Double.NaN;
        for (int i = 0; i < frames; i++) {
            last = Double.isNaN(last) ? tMs[i] : Math.max(last, tMs[i]);
        }
        return last;
    }

    private boolean sorted() {
        for (int i = 1; i < frames; i++) {
            if (tMs[i] < tMs[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private void sortByTime() {
        Integer[] order = new Integer[frames];
        for (int i = 0; i < frames; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(tMs[a], tMs[b]));
        tMs = permute(tMs, order);
        applied = permute(applied, order);
        limit = permute(limit, order);
        table = permute(table, order);
        bar = permute(bar, order);
        practitioner = permute(practitioner, order);
        xCm = permute(xCm, order);
        for (int c = 0; c < values.length; c++) {
            values[c] = permute(values[c], order);
        }
        byte[] p = new byte[frames];
        byte[] z = new byte[frames];
        for (int i = 0; i < frames; i++) {
            p[i] = phase[order[i]];
            z[i] = zone[order[i]];
        }
        phase = p;
        zone = z;
    }

    private static double[] permute(double[] column, Integer[] order) {
        double[] out = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = column[order[i]];
        }
        return out;
    }

    private void grow(int size) {
        tMs = Arrays.copyOf(tMs, size);
        applied = Arrays.copyOf(applied, size);
        limit = Arrays.copyOf(limit, size);
        table = Arrays.copyOf(table, size);
        bar = Arrays.copyOf(bar, size);
        practitioner = Arrays.copyOf(practitioner, size);
        xCm = Arrays.copyOf(xCm, size);
        phase = Arrays.copyOf(phase, size);
        zone = Arrays.copyOf(zone, size);
        for (int c = 0; c < values.length; c++) {
            values[c] = Arrays.copyOf(values[c], size);
        }
    }
}
