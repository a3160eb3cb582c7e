package dev.ashiatsu.bridge.protocol;

/** Why a received line was rejected; every rejection is counted per reason and in the total. */
public enum Rejection implements ParsedLine {
    /** More than {@link ProtocolDecoder#MAX_LINE_BYTES} bytes before the LF: skipped to the next LF. */
    OVERSIZE("longer than 255 bytes"),
    /** No {@code *} before the checksum: noise, or a line cut before its end. */
    NO_CHECKSUM("no *CRC checksum"),
    /** The checksum is not 4 upper-case hex digits equal to the CRC of the body. */
    BAD_CHECKSUM("checksum mismatch"),
    /** The line type is not {@code H}, {@code D}, {@code E} or {@code I}. */
    UNKNOWN_TYPE("unknown line type"),
    /** A data line whose number of values differs from the table's channel count. */
    WRONG_VALUE_COUNT("wrong number of values"),
    /** A value that is neither empty nor an integer in the 24-bit signed range. */
    BAD_VALUE("value not an integer in the 24-bit signed range"),
    /** A sequence number outside 0..65535 or a clock outside 0..2^32-1. */
    BAD_SEQUENCE_OR_CLOCK("sequence number or clock out of range"),
    /** A hello with the wrong number of fields, bad numbers, or a protocol version other than 1. */
    BAD_HELLO("malformed hello or unsupported protocol version"),
    /** An event line with no code. */
    BAD_EVENT("event without a code"),
    /** An input line without exactly a sequence number, a clock, a known input and a state 0 or 1. */
    BAD_INPUT("malformed input line or unknown input"),
    /** A capture line starting with {@code @} but not {@code @<epoch ms> <line>}. */
    BAD_CAPTURE_PREFIX("capture prefix not @<epoch ms> followed by a space");

    private final String description;

    Rejection(String description) {
        this.description = description;
    }

    /** A few words for logs and health reports. */
    public String description() {
        return description;
    }
}
