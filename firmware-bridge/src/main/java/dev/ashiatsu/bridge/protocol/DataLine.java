package dev.ashiatsu.bridge.protocol;

/**
 * A data line: {@code D,<seq>,<micros>,<count>...}.
 *
 * @param seq    sequence number, 0..65535
 * @param micros device clock, 0..2^32-1 microseconds
 * @param counts one raw count per channel, NaN for an empty value
 */
public record DataLine(int seq, long micros, double[] counts) implements ParsedLine {
}
