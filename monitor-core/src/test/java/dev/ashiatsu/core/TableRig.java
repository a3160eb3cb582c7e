package dev.ashiatsu.core;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmListener;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.CellRole;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A hand-written test double of a table: legs in two rows (y = 4 and y = 68 cm) at the given x positions,
 * two bar cells, and a monitor fed sample by sample at 50 Hz (20 ms). Loads go to the legs by the statics
 * of a rigid top: between the two leg columns around x, linearly, so the moment about the head end is exact.
 */
final class TableRig implements AlarmListener {

    static final double PERIOD_MS = 20;
    static final double CLIENT_KG = 80;
    static final double CLIENT_X_CM = 95;

    final TableConfig table;
    final ClientProfile client;
    final Monitor monitor;
    final List<AlarmEvent> raised = new ArrayList<>();
    final List<AlarmEvent> cleared = new ArrayList<>();
    /** Each acknowledgement: the alarm as acknowledged, and the time of the acknowledgement in endMs. */
    final List<AlarmEvent> acknowledged = new ArrayList<>();
    private final double[] legX;
    double tMs;

    /** Client: 175 cm, crown at 5 cm, limits 42 kg or 0.6 P; practitioner 68 kg. */
    TableRig(double... legXs) {
        this(new ClientProfile("c", "Client", 175, 5, 42.0, 0.6, Map.of(), ""), 68.0, legXs);
    }

    TableRig(ClientProfile client, Double practitionerKg, double... legXs) {
        this.legX = legXs.clone();
        List<CellConfig> cells = new ArrayList<>();
        for (int i = 0; i < legXs.length; i++) {
            cells.add(new CellConfig("T" + (2 * i + 1), CellRole.TABLE, legXs[i], 4, 0, 1));
            cells.add(new CellConfig("T" + (2 * i + 2), CellRole.TABLE, legXs[i], 68, 0, 1));
        }
        cells.add(new CellConfig("B1", CellRole.BAR, 0, 0, 0, 1));
        cells.add(new CellConfig("B2", CellRole.BAR, 0, 0, 0, 1));
        this.table = new TableConfig("rig", 190, 72, 50, cells);
        this.client = client;
        this.monitor = new Monitor(table, client, new PractitionerProfile("p", "P", practitionerKg), this);
    }

    static TableRig fourLegs() {
        return new TableRig(4, 186);
    }

    /** The height-fraction midpoint of a zone as x on the table for this rig's client. */
    double xOf(dev.ashiatsu.core.estimate.Zone zone) {
        double h = (zone.fromH() + zone.toH()) / 2;
        return client.crownXcm() + (1 - h) * client.heightCm();
    }

    /** Cell loads (kg) for the client plus an applied load at x and a load on the bars. */
    double[] loads(double appliedKg, double xCm, double barKg) {
        double[] kg = new double[table.channelCount()];
        spread(kg, CLIENT_KG, CLIENT_X_CM);
        spread(kg, appliedKg, xCm);
        kg[kg.length - 2] = barKg / 2;
        kg[kg.length - 1] = barKg / 2;
        return kg;
    }

    private void spread(double[] kg, double load, double x) {
        int right = 1;
        while (right < legX.length - 1 && legX[right] < x) {
            right++;
        }
        int left = right - 1;
        double u = (x - legX[left]) / (legX[right] - legX[left]);
        kg[2 * left] += load * (1 - u) / 2;
        kg[2 * left + 1] += load * (1 - u) / 2;
        kg[2 * right] += load * u / 2;
        kg[2 * right + 1] += load * u / 2;
    }

    /** Feeds one frame of the given cell loads and advances time by one period; returns the frame's time. */
    double feed(double[] kg) {
        double t = tMs;
        monitor.accept(Frame.ofKg(t, kg.clone()));
        tMs += PERIOD_MS;
        return t;
    }

    /** Feeds the same loads for a duration. */
    void hold(double[] kg, double durationMs) {
        double end = tMs + durationMs;
        while (tMs < end - 1e-9) {
            feed(kg);
        }
    }

    /**
     * The practitioner mounts gently (the applied load rises over 2 s, too slowly to be a rapid load)
     * to {@code appliedKg} at x, then holds it for 1 s.
     */
    void settle(double appliedKg, double xCm) {
        for (double t = 0; t < 2000; t += PERIOD_MS) {
            feed(practitioner(appliedKg * t / 2000, xCm));
        }
        hold(practitioner(appliedKg, xCm), 1000);
    }

    /** The client alone for 3 s: a baseline is captured. */
    TableRig withClientSettled() {
        hold(loads(0, 0, 0), 3000);
        return this;
    }

    /** The practitioner (68 kg) with {@code appliedKg} on the client at x and the rest on the bars. */
    double[] practitioner(double appliedKg, double xCm) {
        return loads(appliedKg, xCm, 68 - appliedKg);
    }

    List<AlarmEvent> raisedOf(AlarmType type) {
        return raised.stream().filter(a -> a.type() == type).toList();
    }

    List<AlarmEvent> clearedOf(AlarmType type) {
        return cleared.stream().filter(a -> a.type() == type).toList();
    }

    @Override
    public void raised(AlarmEvent alarm) {
        raised.add(alarm);
    }

    @Override
    public void cleared(AlarmEvent alarm) {
        cleared.add(alarm);
    }

    @Override
    public void acknowledged(AlarmEvent alarm, double tMs) {
        acknowledged.add(alarm.ended(tMs, alarm.peakKg()));
    }

    @Override
    public String toString() {
        return "raised " + raised + " cleared " + cleared + " legs " + Arrays.toString(legX);
    }
}
