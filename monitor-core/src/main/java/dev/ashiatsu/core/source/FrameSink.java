package dev.ashiatsu.core.source;

import dev.ashiatsu.core.Frame;

/** Where a {@link FrameSource} delivers; called from the source's thread, one call at a time. */
public interface FrameSink {

    /** A frame; the sink must not keep the frame's array after returning. */
    void accept(Frame frame);

    /**
     * A button pressed at the table, in order with the frames (called from the same thread). Sinks that do
     * not act on buttons ignore it.
     */
    default void input(InputEvent event) {
    }

    /** A change of the source's state worth a log line and a look (port lost, reopened, device reset). */
    default void sourceEvent(String message) {
    }
}
