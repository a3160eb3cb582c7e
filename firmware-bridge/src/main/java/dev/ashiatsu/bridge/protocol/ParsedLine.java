package dev.ashiatsu.bridge.protocol;

/** What one line is, as {@link LineParser} judged it on its own: data, hello, event, input, or a rejection. */
public sealed interface ParsedLine permits DataLine, Hello, DeviceEvent, InputLine, Rejection {
}
