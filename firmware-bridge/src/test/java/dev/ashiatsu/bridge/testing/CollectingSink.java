package dev.ashiatsu.bridge.testing;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.InputEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sink that keeps copies of the frames, the button presses and the source events it gets; readable from any thread. */
public final class CollectingSink implements FrameSink {

    public final List<Frame> frames = new CopyOnWriteArrayList<>();
    public final List<String> events = new CopyOnWriteArrayList<>();
    public final List<InputEvent> inputs = new CopyOnWriteArrayList<>();

    @Override
    public void accept(Frame frame) {
        frames.add(new Frame(frame.tMs(), frame.values().clone(), frame.inKg()));
    }

    @Override
    public void input(InputEvent event) {
        inputs.add(event);
    }

    @Override
    public void sourceEvent(String message) {
        events.add(message);
    }

    public boolean hasEventContaining(String text) {
        return events.stream().anyMatch(event -> event.contains(text));
    }
}
