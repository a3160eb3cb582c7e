#include "protocol.h"

namespace ashiatsu {

namespace {

// Appends to a bounded buffer; once anything does not fit, the line is marked failed.
struct LineWriter {
  char* out;
  size_t limit;  // bytes usable for the body and "*XXXX"
  size_t length;
  bool failed;

  LineWriter(char* buffer, size_t capacity)
      : out(buffer), limit(capacity < 2 ? 0 : capacity - 2), length(0), failed(capacity < 2) {
    if (limit > MAX_LINE_BYTES) {
      limit = MAX_LINE_BYTES;
    }
  }

  void put(char c) {
    if (length < limit) {
      out[length++] = c;
    } else {
      failed = true;
    }
  }

  void text(const char* s) {
    while (*s != '\0') {
      put(*s++);
    }
  }

  void unsignedNumber(uint32_t value) {
    char digits[10];
    int n = 0;
    do {
      digits[n++] = static_cast<char>('0' + value % 10);
      value /= 10;
    } while (value != 0);
    while (n > 0) {
      put(digits[--n]);
    }
  }

  void signedNumber(int32_t value) {
    if (value < 0) {
      put('-');
      unsignedNumber(static_cast<uint32_t>(-(value + 1)) + 1u);
    } else {
      unsignedNumber(static_cast<uint32_t>(value));
    }
  }

  // Appends "*XXXX\n" and a NUL; returns the line length, or 0 if it did not fit.
  size_t seal() {
    static const char HEX[] = "0123456789ABCDEF";
    uint16_t crc = crc16(out, length);
    put('*');
    put(HEX[(crc >> 12) & 0xF]);
    put(HEX[(crc >> 8) & 0xF]);
    put(HEX[(crc >> 4) & 0xF]);
    put(HEX[crc & 0xF]);
    if (failed) {
      return 0;
    }
    out[length++] = '\n';
    out[length] = '\0';
    return length;
  }
};

}  // namespace

uint16_t crc16(const char* bytes, size_t length) {
  uint16_t crc = 0xFFFF;
  for (size_t i = 0; i < length; i++) {
    crc ^= static_cast<uint16_t>(static_cast<uint8_t>(bytes[i])) << 8;
    for (int bit = 0; bit < 8; bit++) {
      crc = (crc & 0x8000) != 0 ? static_cast<uint16_t>((crc << 1) ^ 0x1021) : static_cast<uint16_t>(crc << 1);
    }
  }
  return crc;
}

size_t formatHello(char* out, size_t capacity, const char* firmwareVersion, uint8_t channels, uint16_t rateHz) {
  LineWriter line(out, capacity);
  line.text("H,1,");
  line.text(firmwareVersion);
  line.put(',');
  line.unsignedNumber(channels);
  line.put(',');
  line.unsignedNumber(rateHz);
  return line.seal();
}

size_t formatData(char* out, size_t capacity, uint16_t seq, uint32_t micros, const int32_t* counts,
                  uint8_t channels) {
  LineWriter line(out, capacity);
  line.text("D,");
  line.unsignedNumber(seq);
  line.put(',');
  line.unsignedNumber(micros);
  for (uint8_t i = 0; i < channels; i++) {
    line.put(',');
    if (counts[i] != MISSING && counts[i] >= MIN_COUNT && counts[i] <= MAX_COUNT) {
      line.signedNumber(counts[i]);
    }
  }
  return line.seal();
}

size_t formatEvent(char* out, size_t capacity, const char* code, const char* text) {
  LineWriter line(out, capacity);
  line.text("E,");
  line.text(code);
  line.put(',');
  line.text(text);
  return line.seal();
}

size_t formatInput(char* out, size_t capacity, uint16_t seq, uint32_t micros, const char* input, bool pressed) {
  LineWriter line(out, capacity);
  line.text("I,");
  line.unsignedNumber(seq);
  line.put(',');
  line.unsignedNumber(micros);
  line.put(',');
  line.text(input);
  line.put(',');
  line.put(pressed ? '1' : '0');
  return line.seal();
}

}  // namespace ashiatsu
