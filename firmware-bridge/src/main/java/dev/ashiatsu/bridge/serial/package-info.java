/**
 * The serial-port source: a microcontroller speaking protocol v1 over jSerialComm.
 *
 * <pre>
 * port (SerialLink: JSerialCommLink) --read thread--> [CaptureWriter] --> ProtocolDecoder --> FrameSink
 *   ^  "?" on open; hello checked against the table       frames timed by the host's Clock (monotonic)
 *   '-- lost: reopened after Backoff (0.25 s doubling to 5 s), state "reconnecting", sourceEvent
 * </pre>
 */
package dev.ashiatsu.bridge.serial;
