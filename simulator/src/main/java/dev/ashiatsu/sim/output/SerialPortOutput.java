package dev.ashiatsu.sim.output;

import com.fazecast.jSerialComm.SerialPort;
import dev.ashiatsu.sim.SimFrame;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends the protocol lines to a serial device (a real port, or one end of a pseudo-terminal pair) through
 * jSerialComm at 115200 baud 8N1, as the microcontroller would.
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
        SerialPort port = SerialPort.getCommPort(path);
        port.setComPortParameters(115_200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, 1000);
        if (!port.openPort()) {
            throw new IOException(path + ": cannot open the serial device (error " + port.getLastErrorCode() + ")");
        }
        return new SerialPortOutput(port, lines);
    }

    @Override
    public void write(SimFrame frame) throws IOException {
        for (String line : lines.linesFor(frame)) {
            out.write(line.getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        port.closePort();
    }
}
