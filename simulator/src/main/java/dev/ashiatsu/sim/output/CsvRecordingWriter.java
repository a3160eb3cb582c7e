package dev.ashiatsu.sim.output;

import dev.ashiatsu.bridge.file.CsvFrameReader;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.sim.ButtonChange;
import dev.ashiatsu.sim.SimFrame;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a recording CSV (design.md section 5): {@code #} comment lines, the header {@code t_ms,<cell ids>},
 * then one row per delivered frame with the time in ms and each cell's load in kg, three decimals, an
 * empty field for a missing sample. Lost frames leave no row. Each button press is a line
 * {@code #input,<t_ms>,<ACKNOWLEDGE|CLIENT_STOP>} before the row of its frame (a comment to older readers).
 */
public final class CsvRecordingWriter implements FrameOutput {

    private final Writer out;
    private final StringBuilder row = new StringBuilder(128);

    public CsvRecordingWriter(Writer out, TableConfig table, String comment) throws IOException {
        this.out = out;
        for (String line : comment.split("\n")) {
            out.write("# " + line + "\n");
        }
        StringBuilder header = new StringBuilder("t_ms");
        for (CellConfig cell : table.cells()) {
            header.append(',').append(cell.id());
        }
        out.write(header.append('\n').toString());
    }

    @Override
    public void write(SimFrame frame) throws IOException {
        for (ButtonChange change : frame.buttons()) {
            if (change.pressed()) {
                row.setLength(0);
                row.append(CsvFrameReader.INPUT_PREFIX);
                Decimals.appendThree(row, change.tMs());
                out.write(row.append(',').append(change.input().name()).append('\n').toString());
            }
        }
        if (!frame.delivered()) {
            return;
        }
        row.setLength(0);
        Decimals.appendThree(row, frame.tMs());
        for (double kg : frame.kg()) {
            row.append(',');
            Decimals.appendThree(row, kg);
        }
        out.write(row.append('\n').toString());
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
