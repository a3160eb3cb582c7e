package dev.ashiatsu.bridge.source;

import dev.ashiatsu.bridge.capture.CaptureFrameReader;
import dev.ashiatsu.bridge.file.CsvFrameReader;
import dev.ashiatsu.bridge.serial.SerialFrameSource;
import dev.ashiatsu.bridge.serial.SerialOptions;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.core.source.FrameSource;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the bridge's sources from a {@link SourceSpec}: serial ports, and capture or CSV files played back.
 * GPIO sources come from {@code dev.ashiatsu.bridge.gpio}, simulated ones from the simulator.
 */
public final class BridgeSources {

    private BridgeSources() {
    }

    /**
     * A serial, capture or CSV source.
     *
     * @param captureFile for a serial source, where to save what it receives (null for nowhere)
     * @param loop        for a file, whether to play it again at its end
     * @throws IllegalArgumentException for another kind of source, or a file that is not there
     */
    public static FrameSource open(SourceSpec spec, TableConfig table, Path captureFile, boolean loop) {
        return switch (spec.kind()) {
            case SERIAL -> serial(spec, table, captureFile);
            case CAPTURE, CSV -> playback(spec, table, loop, Clock.SYSTEM);
            case GPIO, SIM -> throw new IllegalArgumentException("source '" + spec + "': " + spec.kind().prefix()
                    + " sources are not made by BridgeSources (see the gpio package and the simulator)");
        };
    }

    public static SerialFrameSource serial(SourceSpec spec, TableConfig table, Path captureFile) {
        requireKind(spec, SourceSpec.Kind.SERIAL);
        SerialOptions options = SerialOptions.defaults();
        return new SerialFrameSource(spec.target(), spec.baudRate(), table,
                captureFile == null ? options : options.withCapture(captureFile));
    }

    /** A capture or CSV file played in real time on {@code clock}. */
    public static PlaybackFrameSource playback(SourceSpec spec, TableConfig table, boolean loop, Clock clock) {
        Path file = Path.of(spec.target());
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("source '" + spec + "': cannot read file " + file);
        }
        FrameReaderOpener opener = switch (spec.kind()) {
            case CAPTURE -> () -> new CaptureFrameReader(file, table);
            case CSV -> () -> new CsvFrameReader(file, table);
            default -> throw new IllegalArgumentException("source '" + spec + "': not a file source");
        };
        return new PlaybackFrameSource(spec.toString(), opener, loop, table.sampleRateHz(), clock);
    }

    private static void requireKind(SourceSpec spec, SourceSpec.Kind kind) {
        if (spec.kind() != kind) {
            throw new IllegalArgumentException("source '" + spec + "': expected a " + kind.form() + " source");
        }
    }
}
