/**
 * Serial wire protocol v1 (docs/serial-protocol.md): encoding, and a pure, bounded, incremental decoder.
 *
 * <pre>
 * bytes, any split --> LineAssembler (LF, at most 255 bytes; longer: skipped to the next LF, counted)
 *                  --> LineParser (checksum, type, fields, 24-bit range)
 *                        --> DataLine | Hello | DeviceEvent | InputLine (a button change) | Rejection
 *                  --> ProtocolDecoder (sequence gaps, resets, clock wraps, input gaps; counters)
 *                        + FrameClock (device us or host receive ms --> monotonic frame ms)
 *                  --> DecoderListener: Frame.ofRaw(tMs, counts), hellos, events, inputs (tMs), rejections
 * LineEncoder + Crc16: the same lines written, as the firmware writes them (firmware/ checks it byte for byte)
 * </pre>
 *
 * No I/O and no threads here: the serial source, the capture reader and the benchmarks feed bytes in.
 */
package dev.ashiatsu.bridge.protocol;
