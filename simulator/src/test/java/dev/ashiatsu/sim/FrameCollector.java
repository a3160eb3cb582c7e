package dev.ashiatsu.sim;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.InputEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sink that keeps a copy of every frame it is given (sources may reuse their arrays) and every button press. */
final class FrameCollector implements FrameSink {

    final List<Frame> frames = new CopyOnWriteArrayList<>();
    final List<InputEvent> inputs = new CopyOnWriteArrayList<>();
    /** For each press, how many frames had come before it. */
    final List<Integer> framesBeforeInput = new CopyOnWriteArrayList<>();

    @Override
    public void accept(Frame frame) {
        frames.add(new Frame(frame.tMs(), frame.values().clone(), frame.inKg()));
    }

    @Override
    public void input(InputEvent event) {
        framesBeforeInput.add(frames.size());
        inputs.add(event);
    }
}
