package dev.ashiatsu.bench;

import dev.ashiatsu.bridge.protocol.LineEncoder;
import dev.ashiatsu.bridge.protocol.ProtocolDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Serial decoding: protocol v1 data lines (6-digit counts, 1 in 50 values empty) fed to a
 * {@link ProtocolDecoder} in 256-byte reads, as from a serial port, through checksum, parsing, sequence and
 * clock tracking to a {@code Frame} per line. The score is lines (= frames) per second; multiply by the
 * average line length printed at setup for bytes per second.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DecoderBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecoderBenchmark {

    private static final int LINES = 4096;
    private static final int READ_BYTES = 256;

    @Param({"6", "8"})
    public int channels;

    private byte[] stream;

    @Setup
    public void setUp() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int seq = 0; seq < LINES; seq++) {
            long[] counts = new long[channels];
            for (int c = 0; c < channels; c++) {
                counts[c] = random.nextInt(50) == 0 ? LineEncoder.MISSING : random.nextInt(1_800_000) - 900_000;
            }
            text.append(LineEncoder.data(seq, seq * 12_500L, counts));
        }
        stream = text.toString().getBytes(StandardCharsets.US_ASCII);
        System.out.printf("%n%d channels: %d lines, %.1f bytes per line on average%n",
                channels, LINES, stream.length / (double) LINES);
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void decode(Blackhole blackhole) {
        ProtocolDecoder decoder = new ProtocolDecoder(channels, 80, blackhole::consume);
        for (int from = 0; from < stream.length; from += READ_BYTES) {
            decoder.feed(stream, from, Math.min(READ_BYTES, stream.length - from), Double.NaN);
        }
        blackhole.consume(decoder.counters());
    }
}
