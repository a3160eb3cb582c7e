package dev.ashiatsu.bridge.gpio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebouncerTest {

    private static final long MS = 1_000_000;
    private static final long HOLD = 25 * MS;

    /** Feeds edges (level, ms) and then polls every {@code pollMs} until {@code endMs}; returns every change. */
    private static List<Debouncer.Change> run(long pollMs, long endMs, Object... edges) {
        Debouncer debouncer = new Debouncer(true, HOLD);
        List<Debouncer.Change> changes = new ArrayList<>();
        int next = 0;
        for (long t = 0; t <= endMs; t++) {
            while (next < edges.length && (long) (int) edges[next + 1] == t) {
                add(changes, debouncer.read((boolean) edges[next], t * MS));
                next += 2;
            }
            if (pollMs > 0 && t % pollMs == 0) {
                add(changes, debouncer.read(level(edges, t), t * MS));
            }
        }
        add(changes, debouncer.read(level(edges, endMs), endMs * MS));
        return changes;
    }

    private static boolean level(Object[] edges, long t) {
        boolean high = true;
        for (int i = 0; i < edges.length && (int) edges[i + 1] <= t; i += 2) {
            high = (boolean) edges[i];
        }
        return high;
    }

    private static void add(List<Debouncer.Change> changes, Debouncer.Change change) {
        if (change != null) {
            changes.add(change);
        }
    }

    /** A press bouncing for 4 ms, held 200 ms, released bouncing for 3 ms. */
    private static final Object[] BOUNCY_PRESS = {false, 100, true, 101, false, 102, true, 103, false, 104,
            true, 304, false, 305, true, 307};

    @Test
    void aBouncingPressAndReleaseAreOneChangeEachTimedWhenTheLevelSettled() {
        assertEquals(List.of(new Debouncer.Change(false, 104 * MS), new Debouncer.Change(true, 307 * MS)),
                run(1, 500, BOUNCY_PRESS));
    }

    @Test
    void howOftenItIsPolledDoesNotChangeWhichChangesItSees() {
        List<Debouncer.Change> often = run(1, 500, BOUNCY_PRESS);
        assertEquals(often, run(100, 500, BOUNCY_PRESS), "polled at 10 Hz");
        assertEquals(often, run(0, 500, BOUNCY_PRESS), "edges and one last poll only");
    }

    @Test
    void aGlitchShorterThanTheHoldTimeIsNoChange() {
        assertEquals(List.of(), run(1, 200, false, 50, true, 74));
        Debouncer debouncer = new Debouncer(true, HOLD);
        assertNull(debouncer.read(false, 0));
        assertNull(debouncer.read(false, 24 * MS));
        assertEquals(new Debouncer.Change(false, 0), debouncer.read(false, 25 * MS));
    }
}
