package dev.ashiatsu.bridge.testing;

import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.CellRole;
import dev.ashiatsu.core.config.TableConfig;
import java.util.ArrayList;
import java.util.List;

/** Table configs for tests. */
public final class Tables {

    private Tables() {
    }

    /** {@code channels} cells (four table legs, the rest bars), raw counts = kg * 1000, at {@code rateHz}. */
    public static TableConfig withChannels(int channels, double rateHz) {
        List<CellConfig> cells = new ArrayList<>();
        for (int i = 0; i < channels; i++) {
            boolean table = i < 4;
            cells.add(new CellConfig((table ? "T" : "B") + (i + 1), table ? CellRole.TABLE : CellRole.BAR,
                    i % 2 == 0 ? 4 : 186, i < 2 ? 4 : 68, 0, 1000));
        }
        return new TableConfig("test table", 190, 72, rateHz, cells);
    }
}
