package dev.ashiatsu.bridge.protocol;

/**
 * A hello line: {@code H,<protocolVersion>,<firmwareVersion>,<channels>,<rateHz>}.
 *
 * @param protocolVersion always 1 (other versions are rejected)
 * @param firmwareVersion free text without commas
 * @param channels        the number of values in each data line
 * @param rateHz          the nominal frame rate
 */
public record Hello(int protocolVersion, String firmwareVersion, int channels, double rateHz) implements ParsedLine {
}
