package dev.ashiatsu.bridge.testing;

import dev.ashiatsu.bridge.serial.JSerialCommLink;
import dev.ashiatsu.bridge.serial.SerialLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The microcontroller's end of a pty pair: answers each {@code ?} from the host with a hello, and sends
 * whatever lines the test gives it.
 */
public final class FakeDevice implements AutoCloseable {

    private final SerialLink link;
    private final String hello;
    private final AtomicInteger queries = new AtomicInteger();
    private final Thread listener;
    private volatile boolean closed;

    public FakeDevice(Path port, String hello) throws IOException {
        this.link = JSerialCommLink.open(port.toString(), 115200);
        this.hello = hello;
        this.listener = new Thread(this::answerQueries, "fake device");
        listener.setDaemon(true);
        listener.start();
    }

    /** How many {@code ?} the host has sent. */
    public int queries() {
        return queries.get();
    }

    public synchronized void send(String text) throws IOException {
        link.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        listener.join(2_000);
        link.close();
    }

    private void answerQueries() {
        byte[] buffer = new byte[256];
        try {
            while (!closed) {
                int n = link.read(buffer);
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '?') {
                        send(hello);
                        queries.incrementAndGet();
                    }
                }
            }
        } catch (IOException e) {
            closed = true;
        }
    }
}
