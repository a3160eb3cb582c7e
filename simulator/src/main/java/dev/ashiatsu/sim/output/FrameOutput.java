package dev.ashiatsu.sim.output;

import dev.ashiatsu.sim.SimFrame;
import java.io.Closeable;
import java.io.IOException;

/** Where simulated frames go: a file, a serial port. Called from one thread, in time order. */
public interface FrameOutput extends Closeable {

    /** Takes one sample period (delivered or not: the output decides what a lost frame looks like). */
    void write(SimFrame frame) throws IOException;

    /** Flushes what is buffered so a reader sees every frame written so far. */
    void flush() throws IOException;
}
