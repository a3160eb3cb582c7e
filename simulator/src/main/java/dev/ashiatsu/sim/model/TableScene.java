package dev.ashiatsu.sim.model;

import dev.ashiatsu.core.config.TableConfig;

/**
 * Turns what lies and stands on the table into each channel's true load (kg-force, above tare), in the
 * table config's channel order: table cells by the statics of the rigid top, bar cells by sharing the bar
 * load between them.
 */
public final class TableScene {

    /** Sideways distance of each foot from the client's midline (cm). */
    public static final double FOOT_Y_OFFSET_CM = 7;

    private final TableConfig table;
    private final TableStatics statics;
    private final ClientBody client;
    private final int[] tableChannels;
    private final int[] barChannels;
    private final double[] clientLegKg;

    public TableScene(TableConfig table, ClientBody client) {
        this.table = table;
        this.statics = TableStatics.of(table);
        this.client = client;
        int n = table.channelCount();
        int tables = (int) table.cells().stream().filter(c -> c.isTable()).count();
        tableChannels = new int[tables];
        barChannels = new int[n - tables];
        int t = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            if (table.cells().get(i).isTable()) {
                tableChannels[t++] = i;
            } else {
                barChannels[b++] = i;
            }
        }
        clientLegKg = new double[tables];
        for (PointLoad load : client.loads()) {
            statics.distribute(load, clientLegKg);
        }
    }

    public TableConfig table() {
        return table;
    }

    public ClientBody client() {
        return client;
    }

    /**
     * Fills {@code channelKg} with every channel's true load.
     *
     * @param clientKg  the client's weight resting on the table now (0 before lying down, their weight after)
     * @param pose      the practitioner's weight split
     * @param leftBarShare the share of the bar load on the first bar cell when there are two (0.5 = even)
     */
    public void loads(double clientKg, Pose pose, double leftBarShare, double[] channelKg) {
        double[] legs = new double[tableChannels.length];
        double scale = clientKg / client.weightKg();
        for (int i = 0; i < legs.length; i++) {
            legs[i] = clientLegKg[i] * scale;
        }
        double mid = client.midlineYcm();
        statics.distribute(new PointLoad(pose.leftKg(), pose.leftXcm(), mid - FOOT_Y_OFFSET_CM), legs);
        statics.distribute(new PointLoad(pose.rightKg(), pose.rightXcm(), mid + FOOT_Y_OFFSET_CM), legs);
        for (int i = 0; i < legs.length; i++) {
            channelKg[tableChannels[i]] = legs[i];
        }
        int bars = barChannels.length;
        for (int i = 0; i < bars; i++) {
            double share = bars == 2 ? (i == 0 ? leftBarShare : 1 - leftBarShare) : 1.0 / bars;
            channelKg[barChannels[i]] = pose.barKg() * share;
        }
    }

    public int[] tableChannels() {
        return tableChannels.clone();
    }

    public int[] barChannels() {
        return barChannels.clone();
    }
}
