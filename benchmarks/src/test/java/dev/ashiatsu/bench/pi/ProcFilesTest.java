package dev.ashiatsu.bench.pi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ProcFilesTest {

    @Test
    void readsResidentMemoryAndItsPeak() {
        ProcFiles.Memory memory = ProcFiles.memory("Name:\tjava\nVmHWM:\t  178212 kB\nVmRSS:\t  171000 kB\nThreads:\t19\n");
        assertEquals(171000, memory.rssKb());
        assertEquals(178212, memory.hwmKb());
    }

    @Test
    void missingMemoryLinesAreMinusOne() {
        assertEquals(new ProcFiles.Memory(-1, -1), ProcFiles.memory("Name:\tzombie\n"));
    }

    @Test
    void countsIdleAndIoWaitAsNotBusy() {
        String stat = "cpu  9 9 9 9 9 9 9 9 0 0\ncpu0 100 10 50 800 40 0 0 0 0 0\ncpu1 1 1 1 1 1 1 1 1 0 0\n";
        assertEquals(new ProcFiles.CoreTicks(160, 1000), ProcFiles.core(stat, 0));
        ProcFiles.CoreTicks later = new ProcFiles.CoreTicks(260, 1400);
        assertEquals(0.25, later.busySince(ProcFiles.core(stat, 0)));
        assertNull(ProcFiles.core(stat, 2));
    }
}
