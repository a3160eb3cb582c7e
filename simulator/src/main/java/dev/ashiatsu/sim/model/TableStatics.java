package dev.ashiatsu.sim.model;

import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.TableConfig;
import java.util.List;

/**
 * The statics of a rigid table top on its legs: which share of a load each leg carries.
 *
 * <p>The leg loads {@code R} satisfy force and both moment balances exactly ({@code sum R = F},
 * {@code sum R x = F x}, {@code sum R y = F y}). With three legs that fixes them; with four or more the
 * problem is statically indeterminate and the least-norm solution (the smallest {@code sum R^2}, the
 * distribution of a rigid top on equally stiff legs) is taken. Legs on one line balance only the moment
 * about the axis they can resist. The centre of pressure seen by the legs therefore always equals the
 * load's position.
 */
public final class TableStatics {

    private final double[] legX;
    private final double[] legY;
    private final double meanX;
    private final double meanY;
    /** Pseudo-inverse of the 2x2 moment matrix of the centred leg positions. */
    private final double ixx;
    private final double ixy;
    private final double iyy;

    public TableStatics(double[] legXcm, double[] legYcm) {
        if (legXcm.length == 0 || legXcm.length != legYcm.length) {
            throw new IllegalArgumentException("need at least one leg and one y per x");
        }
        legX = legXcm.clone();
        legY = legYcm.clone();
        int n = legX.length;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            sx += legX[i];
            sy += legY[i];
        }
        meanX = sx / n;
        meanY = sy / n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = legX[i] - meanX;
            double dy = legY[i] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        double[] inverse = pseudoInverse(sxx, sxy, syy);
        ixx = inverse[0];
        ixy = inverse[1];
        iyy = inverse[2];
    }

    /** The statics of the table cells of a config, in their channel order. */
    public static TableStatics of(TableConfig table) {
        List<CellConfig> legs = table.cells().stream().filter(CellConfig::isTable).toList();
        double[] x = new double[legs.size()];
        double[] y = new double[legs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = legs.get(i).xCm();
            y[i] = legs.get(i).yCm();
        }
        return new TableStatics(x, y);
    }

    public int legCount() {
        return legX.length;
    }

    /** Adds the leg reactions (kg) of one point load to {@code legKg}. */
    public void distribute(PointLoad load, double[] legKg) {
        int n = legX.length;
        double mx = load.kg() * (load.xCm() - meanX);
        double my = load.kg() * (load.yCm() - meanY);
        double lx = ixx * mx + ixy * my;
        double ly = ixy * mx + iyy * my;
        for (int i = 0; i < n; i++) {
            legKg[i] += load.kg() / n + lx * (legX[i] - meanX) + ly * (legY[i] - meanY);
        }
    }

    /** Moore-Penrose inverse of the symmetric matrix [[a, b], [b, c]], as {xx, xy, yy}. */
    private static double[] pseudoInverse(double a, double b, double c) {
        double trace = a + c;
        double det = a * c - b * b;
        double scale = Math.max(trace, 1e-12);
        if (Math.abs(det) > 1e-9 * scale * scale) {
            return new double[] {c / det, -b / det, a / det};
        }
        if (trace < 1e-12) {
            return new double[] {0, 0, 0};
        }
        // rank one: the legs lie on a line with direction (a, b) ~ (b, c); invert along it only
        double inv = 1 / (trace * trace);
        return new double[] {a * inv, b * inv, c * inv};
    }
}
