package dev.ashiatsu.sim.output;

import dev.ashiatsu.bridge.protocol.LineEncoder;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.sim.ButtonChange;
import dev.ashiatsu.sim.SimFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns frames into what a microcontroller sends on the wire (serial-protocol.md): a hello at boot and
 * after a reset (announcing both buttons), the input lines of the button changes before their frame's data
 * line, one data line per frame, nothing while the cable is pulled, and spoiled lines (one
 * character flipped, so the checksum fails) followed by a burst of line noise where the scenario corrupts
 * the wire. Pure and deterministic.
 */
public final class SerialLines {

    /** The firmware version the simulated device reports in its hello. */
    public static final String FIRMWARE = "sim-1.0";

    private final int channels;
    private final int rateHz;
    private boolean started;
    private boolean previousCorrupted;

    public SerialLines(int channels, double sampleRateHz) {
        this.channels = channels;
        this.rateHz = (int) Math.round(sampleRateHz);
    }

    /** The hello line, as sent at boot and in reply to the host's {@code ?}: it announces both buttons. */
    public String hello() {
        return LineEncoder.hello(FIRMWARE, channels, rateHz, List.of(Input.values()));
    }

    /** The lines for one frame, in order (often one, sometimes none, a hello or noise around it). */
    public List<String> linesFor(SimFrame frame) {
        List<String> lines = new ArrayList<>(2);
        if (!started || frame.afterReset()) {
            started = true;
            lines.add(hello());
        }
        for (ButtonChange change : frame.buttons()) {
            lines.add(LineEncoder.input(change.seq(), change.micros(), change.input(), change.pressed()));
        }
        String data = LineEncoder.data(frame.seq(), frame.micros(), frame.counts());
        if (frame.corrupted()) {
            lines.add(spoil(data, frame.index()));
            if (!previousCorrupted) {
                lines.add("~~x8#D,,%\n");
            }
        } else if (frame.delivered()) {
            lines.add(data);
        }
        previousCorrupted = frame.corrupted();
        return lines;
    }

    /** The line with one digit of its body changed: same length, wrong checksum. */
    static String spoil(String line, int salt) {
        int star = line.lastIndexOf('*');
        char[] chars = line.toCharArray();
        for (int k = 0; k < star; k++) {
            int i = 2 + Math.floorMod(salt * 7 + k, star - 2);
            if (Character.isDigit(chars[i])) {
                chars[i] = (char) ('0' + (chars[i] - '0' + 1 + Math.floorMod(salt, 8)) % 10);
                return new String(chars);
            }
        }
        return line.substring(0, star) + "*0000\n";
    }
}
