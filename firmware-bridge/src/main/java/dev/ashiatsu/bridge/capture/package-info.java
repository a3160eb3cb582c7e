/**
 * Capture files: the serial stream saved one received line per line, optionally prefixed with the host's
 * receive time as {@code @<epoch ms> }. {@link dev.ashiatsu.bridge.capture.CaptureWriter} is the only
 * writer of the format (the serial source, the simulator and the session export all use it), beside its
 * reader.
 *
 * <pre>
 * serial bytes, or whole lines --> CaptureWriter --> capture file --> CaptureFrameReader (a FrameReader)
 *                                                                      --> ProtocolDecoder --> frames, presses, counters
 * </pre>
 *
 * Frames of prefixed lines are timed by the prefix, the others by the device clock.
 */
package dev.ashiatsu.bridge.capture;
