package dev.ashiatsu.sim;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.FrameSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sink that keeps a copy of every frame it is given (sources may reuse their arrays). */
final class FrameCollector implements FrameSink {

    final List<Frame> frames = new CopyOnWriteArrayList<>();

    @Override
    public void accept(Frame frame) {
        frames.add(new Frame(frame.tMs(), frame.values().clone(), frame.inKg()));
    }
}
