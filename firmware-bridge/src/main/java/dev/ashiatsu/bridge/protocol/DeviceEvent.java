package dev.ashiatsu.bridge.protocol;

/**
 * An event line from the firmware: {@code E,<code>,<text>}.
 *
 * @param code such as {@code BOOT}, {@code TIMEOUT}, {@code OVERRUN}
 * @param text free text, possibly empty; may contain commas
 */
public record DeviceEvent(String code, String text) implements ParsedLine {
}
