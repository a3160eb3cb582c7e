package dev.ashiatsu.recorder.influx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.influxdb.client.domain.WritePrecision;
import com.influxdb.client.write.Point;
import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.CellRole;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.journal.RecordedEstimate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The frame points written straight as line protocol are exactly the lines influxdb-client-java makes of
 * the same points ({@code Point.toLineProtocol()}, what the uploader sent before): same tags, fields, value
 * formats, escaping and timestamps, for raw and kg frames, missing values, estimates with and without parts,
 * and numbers far from the usual range.
 */
class FrameLinesTest {

    private static final List<CellConfig> CELLS = List.of(
            new CellConfig("T2", CellRole.TABLE, 5, 65, 0, 20_000),
            new CellConfig("T1", CellRole.TABLE, 5, 5, 0, 20_000),
            new CellConfig("leg 3,=x", CellRole.TABLE, 180, 5, 0, 20_000),
            new CellConfig("B1", CellRole.BAR, 0, 0, 0, -18_000));
    private static final SessionContext SESSION = new SessionContext("20261130-150000-ab12", new SessionInfo(
            new TableConfig("Room 2, table=A", 185, 70, 80, CELLS),
            new ClientProfile("client a", "Client A", 170, 8, 40.0, 0.6, Map.of(), ""),
            new PractitionerProfile("p=1", "P", 70.0), 1_764_514_800_000L, "sim:test"), 1234.5);

    @Test
    void rawFramesAreTheLinesTheClientMakes() {
        Random random = new Random(42);
        LineBatch batch = new LineBatch();
        FrameLines lines = new FrameLines(SESSION);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            double tMs = 1234.5 + i * 12.5 + random.nextInt(1000) / 1000.0;
            double[] values = new double[CELLS.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = random.nextInt(50) == 0 ? Double.NaN : random.nextInt(16_777_216) - 8_388_608;
            }
            RecordedEstimate estimate = estimate(random);
            lines.append(batch, tMs, values, false, estimate);
            expected.append(i == 0 ? "" : "\n").append(reference(tMs, values, false, estimate));
        }
        assertEquals(2000, batch.points());
        assertLinesEqual(expected.toString(), batch.text());
    }

    @Test
    void kgFramesExtraChannelsAndOddNumbersAreTheLinesTheClientMakes() {
        double[][] values = {
                {12.0, 0.00001, 3.0E10, -0.5, 7.25},
                {1.0E-7, 123_456_789_012.5, 0.001, 9_999_999.99, 1.0E22},
                {Double.NaN, -1.0E-12, 0.1, 10_000_000.0, Double.MIN_VALUE},
        };
        double[] times = {0.001, 1.0E7, 36_000_000.125};
        LineBatch batch = new LineBatch();
        FrameLines lines = new FrameLines(SESSION);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            RecordedEstimate estimate = new RecordedEstimate(Phase.LOADED, Zone.GLUTES, values[i][0], values[i][1],
                    values[i][2], values[i][3], values[i][4], values[i][1]);
            lines.append(batch, times[i], values[i], true, estimate);
            expected.append(i == 0 ? "" : "\n").append(reference(times[i], values[i], true, estimate));
        }
        assertLinesEqual(expected.toString(), batch.text());
    }

    @Test
    void otherPointsGoInAsTheClientWritesThem() {
        LineBatch batch = new LineBatch();
        Point alarm = Point.measurement("ashiatsu_alarm").addTag("type", "OVER_LIMIT").addField("peak_kg", 31.5)
                .time(1_000_000L, WritePrecision.NS);
        batch.add(alarm);
        batch.add(Point.measurement("ashiatsu_note").addTag("session", "x"));
        new FrameLines(SESSION).append(batch, 2000, new double[] {1, 2, 3, 4}, false, null);
        assertEquals(2, batch.points(), "a point without fields is not written, as the client does not write one");
        assertEquals(alarm.toLineProtocol(), batch.text().split("\n")[0]);
        assertEquals(reference(2000, new double[] {1, 2, 3, 4}, false, null), batch.text().split("\n")[1]);
    }

    private static void assertLinesEqual(String expected, String actual) {
        String[] want = expected.split("\n");
        String[] got = actual.split("\n");
        assertEquals(want.length, got.length, "lines");
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got[i], "line " + (i + 1));
        }
    }

    private static RecordedEstimate estimate(Random random) {
        if (random.nextInt(10) == 0) {
            return null;
        }
        Phase phase = random.nextInt(8) == 0 ? null : Phase.values()[random.nextInt(Phase.values().length)];
        Zone zone = random.nextInt(3) == 0 ? null : Zone.values()[random.nextInt(Zone.values().length)];
        return new RecordedEstimate(phase, zone, centi(random, 200), centi(random, 80), centi(random, 60),
                random.nextInt(4) == 0 ? Double.NaN : centi(random, 50), centi(random, 90),
                random.nextInt(3) == 0 ? null : Math.round(random.nextDouble() * 1850) / 10.0);
    }

    private static double centi(Random random, double max) {
        return Math.round((random.nextDouble() * 1.2 - 0.1) * max * 100) / 100.0;
    }

    /** The frame point as the uploader built it with influxdb-client-java before it wrote line protocol itself. */
    private static String reference(double tMs, double[] values, boolean inKg, RecordedEstimate estimate) {
        Point point = Point.measurement(PointMapper.FRAME)
                .addTag("session", SESSION.id())
                .addTag("client", SESSION.info().client().id())
                .addTag("practitioner", SESSION.info().practitioner().id())
                .addTag("table", SESSION.info().table().name())
                .time(SESSION.epochNs(tMs), WritePrecision.NS);
        for (int c = 0; c < values.length; c++) {
            if (Double.isNaN(values[c])) {
                continue;
            }
            String cell = c < CELLS.size() ? CELLS.get(c).id() : "ch" + c;
            if (inKg) {
                point.addField("kg_" + cell, values[c]);
            } else {
                point.addField("raw_" + cell, (long) values[c]);
            }
        }
        point.addField("t_ms", tMs);
        if (estimate != null) {
            finite(point, "applied_kg", estimate.appliedKg());
            finite(point, "limit_kg", estimate.limitKg());
            finite(point, "table_kg", estimate.tableKg());
            finite(point, "bar_kg", estimate.barKg());
            finite(point, "practitioner_kg", estimate.practitionerKg());
            if (estimate.xCm() != null) {
                point.addField("x_cm", estimate.xCm());
            }
            if (estimate.phase() != null) {
                point.addField("phase", estimate.phase().name());
            }
            point.addField("zone", estimate.zone() == null ? "" : estimate.zone().name());
        }
        return point.toLineProtocol();
    }

    private static void finite(Point point, String field, double value) {
        if (Double.isFinite(value)) {
            point.addField(field, value);
        }
    }
}
