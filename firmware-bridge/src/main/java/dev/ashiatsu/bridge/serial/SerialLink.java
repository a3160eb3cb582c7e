package dev.ashiatsu.bridge.serial;

import java.io.IOException;

/** An open serial connection, used by one thread (close may come from another). */
public interface SerialLink extends AutoCloseable {

    /**
     * Reads what has arrived, waiting at most a short while (about 100 ms) for the first byte.
     *
     * @return bytes read (0 when none came in time)
     * @throws IOException when the port is gone
     */
    int read(byte[] buffer) throws IOException;

    void write(byte[] bytes) throws IOException;

    @Override
    void close();
}
