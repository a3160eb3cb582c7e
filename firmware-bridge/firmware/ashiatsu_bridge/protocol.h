// Protocol v1 framing (docs/serial-protocol.md): lines "body*CRC\n" with CRC-16/CCITT-FALSE over the body.
// Plain C++11 without the Arduino core or the heap, so the same unit compiles on the board and on the host
// (host-test/ checks its output against the Java bridge byte for byte).
#ifndef ASHIATSU_PROTOCOL_H
#define ASHIATSU_PROTOCOL_H

#include <stddef.h>
#include <stdint.h>

namespace ashiatsu {

// The longest line, LF excluded, that the bridge accepts.
const size_t MAX_LINE_BYTES = 255;
// A buffer this large holds any line with its LF and a terminating NUL.
const size_t LINE_BUFFER_BYTES = MAX_LINE_BYTES + 2;
// The 24-bit signed range of an HX711 count.
const int32_t MIN_COUNT = -8388608L;
const int32_t MAX_COUNT = 8388607L;
// Marks a channel with no fresh reading: written as an empty value.
const int32_t MISSING = INT32_MIN;

// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, not reflected, xorout 0): "123456789" gives 0x29B1.
uint16_t crc16(const char* bytes, size_t length);

// Each formatter writes one complete line with its LF and a NUL into out, and returns its length without the
// NUL; it returns 0 (and writes nothing usable) when the line would pass MAX_LINE_BYTES or the capacity.

// "H,1,<firmwareVersion>,<channels>,<rateHz>"
size_t formatHello(char* out, size_t capacity, const char* firmwareVersion, uint8_t channels, uint16_t rateHz);

// "D,<seq>,<micros>,<count>..." with an empty value for MISSING; counts outside the 24-bit range are written
// as MISSING too (the bridge would reject the whole line).
size_t formatData(char* out, size_t capacity, uint16_t seq, uint32_t micros, const int32_t* counts,
                  uint8_t channels);

// "E,<code>,<text>"
size_t formatEvent(char* out, size_t capacity, const char* code, const char* text);

// "I,<seq>,<micros>,<input>,<state>": a debounced button change, state 1 pressed and 0 released; seq is
// the input lines' own sequence number. The longest is 31 bytes with its LF.
size_t formatInput(char* out, size_t capacity, uint16_t seq, uint32_t micros, const char* input, bool pressed);

}  // namespace ashiatsu

#endif
