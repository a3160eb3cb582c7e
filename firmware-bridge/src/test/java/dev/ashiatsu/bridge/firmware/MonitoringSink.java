package dev.ashiatsu.bridge.firmware;

import dev.ashiatsu.testing.CollectingSink;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.Monitor;
import dev.ashiatsu.core.source.FrameSink;

/** Feeds each frame to a {@link Monitor} (on the source's thread, its only feeder) and keeps a copy. */
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
    public void sourceEvent(String message) {
        copies.sourceEvent(message);
    }
}
