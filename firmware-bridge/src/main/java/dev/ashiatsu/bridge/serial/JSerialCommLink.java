package dev.ashiatsu.bridge.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;

/**
 * A {@link SerialLink} over jSerialComm, 8N1, opened by path (pseudo-terminals and symlinks included).
 * Reads are semi-blocking with a 100 ms timeout. On a pty, opening reports error 25 (an ioctl a pty lacks):
 * harmless and ignored.
 */
public final class JSerialCommLink implements SerialLink {

    private static final int READ_TIMEOUT_MS = 100;
    private static final int WRITE_TIMEOUT_MS = 500;

    private final SerialPort port;
    private final String path;

    private JSerialCommLink(SerialPort port, String path) {
        this.port = port;
        this.path = path;
    }

    /** Opens {@code path} at {@code baudRate}, or throws naming the path and the system error. */
    public static JSerialCommLink open(String path, int baudRate) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (RuntimeException e) {
            throw new IOException("cannot open serial port " + path + ": " + e.getMessage(), e);
        }
        port.setComPortParameters(baudRate, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_TIMEOUT_MS, WRITE_TIMEOUT_MS);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + path + " (system error " + port.getLastErrorCode() + ")");
        }
        return new JSerialCommLink(port, path);
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        int n = port.readBytes(buffer, buffer.length);
        if (n < 0) {
            throw new IOException("serial port " + path + " lost (system error " + port.getLastErrorCode() + ")");
        }
        return n;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        int n = port.writeBytes(bytes, bytes.length);
        if (n != bytes.length) {
            throw new IOException("cannot write to serial port " + path + " (system error " + port.getLastErrorCode() + ")");
        }
    }

    @Override
    public void close() {
        port.closePort();
    }
}
