package dev.ashiatsu.bridge.firmware;

import dev.ashiatsu.testing.CollectingSink;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.Monitor;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.InputEvent;

/** Feeds each frame to a {@link Monitor} (on the source's thread, its only feeder) and keeps a copy of it and of each button press. */
final class MonitoringSink implements FrameSink {

    private final CollectingSink copies;
    private final Monitor monitor;

    MonitoringSink(CollectingSink copies, Monitor monitor) {
        this.copies = copies;
        this.monitor = monitor;
    }

    @Override
    public void accept(Frame frame) {
        monitor.accept(frame);
        copies.accept(frame);
    }

    @Override
    public void input(InputEvent event) {
        copies.input(event);
    }

    @Override
    public void sourceEvent(String message) {
        copies.sourceEvent(message);
    }
}
