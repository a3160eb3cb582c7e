package dev.ashiatsu.sim.output;

import dev.ashiatsu.bridge.file.CsvRecordingWriter;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.sim.ButtonChange;
import dev.ashiatsu.sim.SimFrame;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Simulated frames as a recording CSV, through the bridge's {@link CsvRecordingWriter}: one row per
 * delivered frame with the time in ms and each cell's load in kg, three decimals. Lost frames leave no row.
 * Each button press is an {@code #input} line before its frame's row (also when the frame itself is lost);
 * releases are not written.
 */
public final class CsvOutput implements FrameOutput {

    private final CsvRecordingWriter csv;

    /** @param comment the {@code #} lines' text, lines separated by LF */
    public CsvOutput(Writer out, TableConfig table, String comment) throws IOException {
        this.csv = new CsvRecordingWriter(out, table, List.of(comment.split("\n")),
                CsvRecordingWriter.Numbers.THREE_DECIMALS);
    }

    @Override
    public void write(SimFrame frame) throws IOException {
        for (ButtonChange change : frame.buttons()) {
            if (change.pressed()) {
                csv.press(change.tMs(), change.input());
            }
        }
        if (frame.delivered()) {
            csv.row(frame.tMs(), frame.kg());
        }
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
