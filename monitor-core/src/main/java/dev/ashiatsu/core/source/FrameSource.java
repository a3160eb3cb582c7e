package dev.ashiatsu.core.source;

/**
 * A live stream of frames: a serial port, GPIO chips, a file played back, the simulator. The core only
 * defines this port; the adapters live in firmware-bridge and simulator.
 *
 * <p>Threading: {@link #start} returns at once; the source then calls the sink from one thread of its
 * own, never concurrently. {@link #close} stops it and may be called from any thread, more than once.
 */
public interface FrameSource extends AutoCloseable {

    /** What this source is, as the user named it, e.g. {@code serial:/dev/ttyUSB0@115200}. */
    String description();

    /** Starts delivering frames; frame times are ms on one monotonic clock. */
    void start(FrameSink sink);

    /** Counters and connection state, safe to call from any thread. */
    SourceHealth health();

    @Override
    void close();
}
