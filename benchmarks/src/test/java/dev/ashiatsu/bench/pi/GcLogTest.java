package dev.ashiatsu.bench.pi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogTest {

    @Test
    void readsYoungAndFullPausesAndSkipsOtherLines() {
        List<GcLog.Pause> pauses = GcLog.pauses(List.of(
                "[0.003s][info][gc] Using Serial",
                "[1.634s][info][gc] GC(1) Pause Young (Allocation Failure) 37M->25M(123M) 42.765ms",
                "[3.807s][info][gc] GC(2) Pause Full (Metadata GC Threshold) 54M->30M(123M) 197.188ms",
                "not a gc line 1M->2M(3M) 4ms"));
        assertEquals(2, pauses.size());
        assertEquals(new GcLog.Pause(1.634, "Pause Young", 37, 25, 123, 42.765), pauses.get(0));
        assertFalse(pauses.get(0).full());
        assertTrue(pauses.get(1).full());
        assertEquals(30, pauses.get(1).afterMb());
    }

    @Test
    void convertsKilobytesAndGigabytesToMegabytes() {
        GcLog.Pause pause = GcLog.pauses(List.of("[9.5s][info][gc] GC(0) Pause Young (Allocation Failure) 2048K->512K(1G) 0.5ms")).get(0);
        assertEquals(2, pause.beforeMb());
        assertEquals(0.5, pause.afterMb());
        assertEquals(1024, pause.heapMb());
    }
}
