package dev.ashiatsu.core.alarm;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.TableConfig;

/**
 * SENSOR_FAULT, one alarm per channel, judged on each channel's own unfiltered samples: stale (frames
 * keep coming without a value for it for 250 ms), saturated (raw at the 24-bit ADC's end of range,
 * 3 samples running), stuck (the same value 50 samples running while other channels move) or
 * impossible (a table cell below -5 kg, 3 samples running). Cleared once the channel has been healthy
 * for 1 s. Allocation-free per frame.
 */
public final class SensorFaultRule {

    static final double STALE_MS = 250;
    static final int SATURATED_RUN = 3;
    static final int STUCK_RUN = 50;
    static final int IMPOSSIBLE_RUN = 3;
    static final double IMPOSSIBLE_BELOW_KG = -5;
    static final double HEALTHY_FOR_MS = 1000;
    static final double ADC_MAX = 8_388_607;
    static final double ADC_MIN = -8_388_608;

    private final CellConfig[] cells;
    private final double[] lastValidMs;
    private final double[] previous;
    private final int[] saturatedRun;
    private final int[] sameRun;
    private final int[] othersMovedInRun;
    private final int[] impossibleRun;
    private final boolean[] moved;
    private final double[] healthySinceMs;
    private final AlarmBoard.Active[] alarms;
    private double lastFrameMs = Double.NaN;

    public SensorFaultRule(TableConfig table) {
        int n = table.channelCount();
        cells = table.cells().toArray(new CellConfig[0]);
        lastValidMs = new double[n];
        java.util.Arrays.fill(lastValidMs, Double.NaN);
        previous = new double[n];
        java.util.Arrays.fill(previous, Double.NaN);
        saturatedRun = new int[n];
        sameRun = new int[n];
        othersMovedInRun = new int[n];
        impossibleRun = new int[n];
        moved = new boolean[n];
        healthySinceMs = new double[n];
        alarms = new AlarmBoard.Active[n];
    }

    /**
     * @param unfilteredKg each channel's load from this frame alone (NaN where it had no sample)
     */
    public void evaluate(Frame frame, double[] unfilteredKg, AlarmBoard board) {
        double t = frame.tMs();
        double[] values = frame.values();
        if (t - lastFrameMs > STALE_MS) {
            // Stale means frames keep coming without a value: a silence (a signal loss) does not count.
            java.util.Arrays.fill(lastValidMs, t);
        }
        lastFrameMs = t;
        int movedCount = 0;
        for (int i = 0; i < cells.length; i++) {
            double v = values[i];
            moved[i] = !Double.isNaN(v) && !Double.isNaN(previous[i]) && v != previous[i];
            if (moved[i]) {
                movedCount++;
            }
        }
        for (int i = 0; i < cells.length; i++) {
            String fault = judge(i, t, values[i], unfilteredKg[i], movedCount - (moved[i] ? 1 : 0) > 0, frame.inKg());
            if (fault != null) {
                healthySinceMs[i] = Double.NaN;
                if (alarms[i] == null) {
                    alarms[i] = board.raise(AlarmType.SENSOR_FAULT, t, Double.NaN, Double.NaN, null, cells[i].id(),
                            fault);
                }
            } else if (alarms[i] != null) {
                if (Double.isNaN(healthySinceMs[i])) {
                    healthySinceMs[i] = t;
                }
                if (t - healthySinceMs[i] >= HEALTHY_FOR_MS - 1e-3) {
                    alarms[i] = board.clear(alarms[i], t);
                }
            }
        }
    }

    /** Updates channel i's runs with this sample and returns the fault it shows, or null if healthy. */
    private String judge(int i, double t, double value, double kg, boolean othersMoved, boolean inKg) {
        if (Double.isNaN(lastValidMs[i])) {
            lastValidMs[i] = t;
        }
        if (Double.isNaN(value)) {
            return t - lastValidMs[i] >= STALE_MS - 1e-3 ? "stale" : null;
        }
        lastValidMs[i] = t;
        saturatedRun[i] = !inKg && (value >= ADC_MAX || value <= ADC_MIN) ? saturatedRun[i] + 1 : 0;
        if (value == previous[i]) {
            sameRun[i]++;
            if (othersMoved) {
                othersMovedInRun[i]++;
            }
        } else {
            sameRun[i] = 1;
            othersMovedInRun[i] = 0;
        }
        previous[i] = value;
        impossibleRun[i] = cells[i].isTable() && kg < IMPOSSIBLE_BELOW_KG ? impossibleRun[i] + 1 : 0;
        if (saturatedRun[i] >= SATURATED_RUN) {
            return "saturated";
        }
        if (impossibleRun[i] >= IMPOSSIBLE_RUN) {
            return "impossible";
        }
        if (sameRun[i] >= STUCK_RUN && othersMovedInRun[i] >= (STUCK_RUN - 1) / 2) {
            return "stuck";
        }
        return null;
    }
}
