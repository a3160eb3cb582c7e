/**
 * Naming and making live sources, and playing recorded files as live ones.
 *
 * <pre>
 * "--source serial:/dev/ttyUSB0@115200" --> SourceSpec --> BridgeSources --> SerialFrameSource
 *                                                                        \-> PlaybackFrameSource
 * capture or CSV file --> FrameReader --> PlaybackFrameSource (paced and re-timed on a Clock) --> FrameSink
 * </pre>
 *
 * gpio: and sim: specs are parsed here but made by the gpio package and the simulator.
 */
package dev.ashiatsu.bridge.source;
