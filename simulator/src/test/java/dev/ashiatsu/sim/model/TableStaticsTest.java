package dev.ashiatsu.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TableStaticsTest {

    private static void assertBalanced(TableStatics statics, double[] x, double[] y, PointLoad load, double[] legs) {
        double force = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < legs.length; i++) {
            force += legs[i];
            mx += legs[i] * x[i];
            my += legs[i] * y[i];
        }
        assertEquals(load.kg(), force, 1e-9, "force balance");
        assertEquals(load.kg() * load.xCm(), mx, 1e-7, "moment about the y axis");
        assertEquals(load.kg() * load.yCm(), my, 1e-7, "moment about the x axis");
    }

    @Test
    void fourLegsBalanceForceAndBothMomentsForAnyLoadOnTheTop() {
        double[] x = {5, 5, 180, 180};
        double[] y = {5, 65, 5, 65};
        TableStatics statics = new TableStatics(x, y);
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 200; k++) {
            PointLoad load = new PointLoad(random.nextDouble(1, 90), random.nextDouble(0, 185), random.nextDouble(0, 70));
            double[] legs = new double[4];
            statics.distribute(load, legs);
            assertBalanced(statics, x, y, load, legs);
        }
    }

    @Test
    void fourLegsShareACentredLoadEquallyAndHaveNoTwist() {
        TableStatics statics = new TableStatics(new double[] {0, 0, 100, 100}, new double[] {0, 60, 0, 60});
        double[] legs = new double[4];
        statics.distribute(new PointLoad(80, 50, 30), legs);
        for (double leg : legs) {
            assertEquals(20, leg, 1e-9);
        }
        double[] offCentre = new double[4];
        statics.distribute(new PointLoad(40, 75, 30), offCentre);
        assertEquals(offCentre[0], offCentre[1], 1e-9, "a load on the midline loads both head legs alike");
        assertEquals(5, offCentre[0], 1e-9, "least norm: 40/4 - 40*25*50/(4*50^2)");
        assertEquals(15, offCentre[2], 1e-9);
    }

    @Test
    void threeLegsAreStaticallyDeterminate() {
        double[] x = {0, 0, 120};
        double[] y = {0, 60, 30};
        TableStatics statics = new TableStatics(x, y);
        double[] legs = new double[3];
        PointLoad load = new PointLoad(60, 120, 30);
        statics.distribute(load, legs);
        assertEquals(0, legs[0], 1e-9);
        assertEquals(0, legs[1], 1e-9);
        assertEquals(60, legs[2], 1e-9, "a load right over a leg goes all into that leg");
    }

    @Test
    void sixLegsKeepTheCentreOfPressureExact() {
        double[] x = {5, 5, 92, 92, 180, 180};
        double[] y = {5, 65, 5, 65, 5, 65};
        TableStatics statics = new TableStatics(x, y);
        double[] legs = new double[6];
        PointLoad load = new PointLoad(33, 131, 27);
        statics.distribute(load, legs);
        assertBalanced(statics, x, y, load, legs);
    }

    @Test
    void legsOnOneLineBalanceTheMomentTheyCanResist() {
        double[] x = {10, 170};
        double[] y = {35, 35};
        TableStatics statics = new TableStatics(x, y);
        double[] legs = new double[2];
        statics.distribute(new PointLoad(50, 50, 20), legs);
        assertEquals(50, legs[0] + legs[1], 1e-9);
        assertEquals(50 * 50, legs[0] * 10 + legs[1] * 170, 1e-7);
    }
}
