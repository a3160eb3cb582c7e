package dev.ashiatsu.dashboard.stream;

import java.util.function.Consumer;

/** Where a {@link ClientChannel} writes: one browser's WebSocket. */
public interface TextSink {

    /**
     * Sends one text message without blocking; {@code done} is called once when it is written
     * (with null) or has failed (with the cause), possibly on another thread or before this returns.
     */
    void send(String text, Consumer<Throwable> done);

    /** Closes the connection (the client is too slow or gone); may be called more than once. */
    void close(String reason);
}
