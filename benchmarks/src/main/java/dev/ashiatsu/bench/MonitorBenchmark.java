package dev.ashiatsu.bench;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.Monitor;
import dev.ashiatsu.core.alarm.AlarmListener;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.CellRole;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-frame path of the monitor with 6 channels in raw counts: calibration, median filter,
 * estimator, every alarm rule and the statistics. The frames are one hour of a synthetic session at
 * 80 Hz, made beforehand; when they run out a new monitor starts over (once per 288,000 frames).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MonitorBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonitorBenchmark {

    private static final double RATE_HZ = 80;
    private static final int FRAMES = 288_000;

    private TableConfig table;
    private ClientProfile client;
    private PractitionerProfile practitioner;
    private Frame[] frames;
    private Monitor monitor;
    private int next;

    @Setup
    public void setUp() {
        List<CellConfig> cells = new ArrayList<>();
        double[][] positions = {{4, 4}, {4, 68}, {186, 4}, {186, 68}, {0, 0}, {0, 0}};
        double[] countsPerKg = {18266, -19277, 22351, -18016, 20536, 18318};
        double[] offsets = {13819, -27671, 35131, 70776, 73389, -54704};
        for (int i = 0; i < 6; i++) {
            cells.add(new CellConfig(SyntheticSession.CELLS[i], i < 4 ? CellRole.TABLE : CellRole.BAR,
                    positions[i][0], positions[i][1], offsets[i], countsPerKg[i]));
        }
        table = new TableConfig("bench", 190, 72, RATE_HZ, cells);
        client = new ClientProfile("c", "c", 170, 8, 30.0, 0.5, Map.of(), "");
        practitioner = new PractitionerProfile("p", "p", 65.0);
        SyntheticSession session = new SyntheticSession(1, 0.03);
        frames = new Frame[FRAMES];
        double[] kg = new double[6];
        for (int i = 0; i < FRAMES; i++) {
            double t = i * 1000 / RATE_HZ;
            session.loadsAt(t, kg);
            double[] counts = new double[6];
            for (int c = 0; c < 6; c++) {
                counts[c] = Math.round(cells.get(c).toRaw(kg[c]));
            }
            frames[i] = Frame.ofRaw(t, counts);
        }
        restart();
    }

    private void restart() {
        monitor = new Monitor(table, client, practitioner, AlarmListener.NONE);
        next = 0;
    }

    @Benchmark
    public Monitor perFrame() {
        if (next == FRAMES) {
            restart();
        }
        monitor.accept(frames[next++]);
        return monitor;
    }
}
