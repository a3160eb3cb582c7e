package dev.ashiatsu.sim.output;

import com.fazecast.jSerialComm.SerialPort;
import dev.ashiatsu.sim.SimFrame;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends the protocol lines to a serial device (a real port, or one end of a pseudo-terminal pair) through
 * jSerialComm at 115200 baud 8N1, as the microcontroller would, and answers the host's {@code ?} with a
 * hello (checked before each frame).
 */
public final class SerialPortOutput implements FrameOutput {

    private final SerialPort port;
    private final OutputStream out;
    private final SerialLines lines;

    private SerialPortOutput(SerialPort port, SerialLines lines) {
        this.port = port;
        this.out = port.getOutputStream();
        this.lines = lines;
    }

    /** Opens the device at {@code path} (symlinks are followed); fails with a message naming the path. */
    public static SerialPortOutput open(String path, SerialLines lines) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (RuntimeException e) {
            throw new IOException(path + ": no such serial device", e);
        }
        port.setComPortParameters(115_200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, 1000);
        if (!port.openPort()) {
            throw new IOException(path + ": cannot open the serial device (error " + port.getLastErrorCode() + ")");
        }
        return new SerialPortOutput(port, lines);
    }

    @Override
    public void write(SimFrame frame) throws IOException {
        answerQueries();
        for (String line : lines.linesFor(frame)) {
            out.write(line.getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * Reads what the host sent, without waiting; a {@code ?} among it gets a hello.
     *
     * @return true when a hello was sent
     */
    public boolean answerQueries() throws IOException {
        int available = port.bytesAvailable();
        if (available <= 0) {
            return false;
        }
        byte[] received = new byte[available];
        int read = port.readBytes(received, available);
        for (int i = 0; i < read; i++) {
            if (received[i] == '?') {
                out.write(lines.hello().getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return true;
            }
        }
        return false;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * Waits (up to 1 s) until the device has taken every byte written, and a further 100 ms for the far end
     * to read them (a pseudo-terminal drops unread bytes when this end closes), then closes it.
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + 1_000_000_000L;
        try {
            while (port.bytesAwaitingWrite() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            port.closePort();
        }
    }
}
