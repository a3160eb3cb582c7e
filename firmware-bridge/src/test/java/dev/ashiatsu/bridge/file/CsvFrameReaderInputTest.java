package dev.ashiatsu.bridge.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.testing.Tables;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Button presses in a recording CSV: {@code #input,<t_ms>,<INPUT>} lines. */
class CsvFrameReaderInputTest {

    private static final TableConfig TABLE = Tables.withChannels(6, 50);
    private static final String HEADER = "# a session\nt_ms,T1,T2,T3,T4,B5,B6\n";
    private static final String ROWS = "0,1,2,3,4,5,6\n10,1.5,2,3,4,5,6\n20,2,,3,4,5,6\n";

    @TempDir
    Path dir;

    /** Each frame as "t values" preceded by the presses handed over with it; then the presses after the last. */
    private List<String> read(String text) throws Exception {
        Path file = Files.writeString(dir.resolve("session.csv"), text);
        List<String> seen = new ArrayList<>();
        try (CsvFrameReader reader = new CsvFrameReader(file, TABLE)) {
            for (Frame frame = reader.next(); frame != null; frame = reader.next()) {
                reader.takeInputs().forEach(press -> seen.add(press.toString()));
                seen.add(frame.tMs() + " " + Arrays.toString(frame.values()));
                assertEquals(List.of(), reader.takeInputs(), "handed over once");
            }
            reader.takeInputs().forEach(press -> seen.add(press.toString()));
        }
        return seen;
    }

    @Test
    void deliversEachPressWithTheFrameAfterItAndReadsTheFramesAsWithoutThem() throws Exception {
        List<String> withPresses = read(HEADER + "#input,0,ACKNOWLEDGE\n0,1,2,3,4,5,6\n#input,12.5,CLIENT_STOP\n"
                + "# a plain comment\n#inputs are not presses\n10,1.5,2,3,4,5,6\n20,2,,3,4,5,6\n#input,20,ACKNOWLEDGE\n");
        List<String> without = read(HEADER + ROWS);

        assertEquals(List.of(new InputEvent(0, Input.ACKNOWLEDGE).toString(), without.get(0),
                new InputEvent(12.5, Input.CLIENT_STOP).toString(), without.get(1), without.get(2),
                new InputEvent(20, Input.ACKNOWLEDGE).toString()), withPresses);
        assertEquals(3, without.size());
    }

    @Test
    void aPressLineBeforeTheHeaderIsAPressToo() throws Exception {
        List<String> seen = read("#input,0,CLIENT_STOP\n" + HEADER + ROWS);
        assertEquals(new InputEvent(0, Input.CLIENT_STOP).toString(), seen.get(0));
        assertEquals(4, seen.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "#input,5,FOOT_SWITCH        | 'FOOT_SWITCH' is not a button: ACKNOWLEDGE or CLIENT_STOP",
            "#input,5                    | a press line is #input,<t_ms>,<ACKNOWLEDGE|CLIENT_STOP>",
            "#input,5,ACKNOWLEDGE,extra  | a press line is #input,<t_ms>,<ACKNOWLEDGE|CLIENT_STOP>",
            "#input,soon,ACKNOWLEDGE     | the press's t_ms is not a number: 'soon'",
            "#input,,ACKNOWLEDGE         | the press's t_ms is empty",
            "#input,-1,ACKNOWLEDGE       | the press's t_ms goes backwards (-1.0 after 0.0)",
            "#input,1e14,ACKNOWLEDGE     | the press's t_ms is out of range"})
    void refusesABadPressLineNamingTheFileAndLine(String pressLine, String message) {
        InputException error = assertThrows(InputException.class,
                () -> read(HEADER + "0,1,2,3,4,5,6\n" + pressLine + "\n10,1,2,3,4,5,6\n"));
        assertTrue(error.getMessage().contains("session.csv:4: " + message), error.getMessage() + " should say " + message);
    }
}
