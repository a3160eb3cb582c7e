// Reads test vectors on stdin, one per line, and prints the line protocol.cpp makes for each:
//   C <text>                      the CRC of <text> as 4 hex digits
//   H <firmware> <channels> <rateHz>     "~" in <firmware> stands for a space
//   D <seq> <micros> <count>...   "_" for a missing count
//   E <code> <text...>
//   I <seq> <micros> <input> <0|1>
// An unknown vector, or a line the formatter refuses, prints "ERROR <vector>". Used by FirmwareProtocolTest.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>

#include "protocol.h"

int main() {
  std::string vector;
  char line[ashiatsu::LINE_BUFFER_BYTES];
  while (std::getline(std::cin, vector)) {
    std::istringstream in(vector);
    std::string kind;
    in >> kind;
    size_t length = 0;
    if (kind == "C") {
      std::string text = vector.size() > 2 ? vector.substr(2) : "";
      std::printf("%04X\n", ashiatsu::crc16(text.data(), text.size()));
      continue;
    } else if (kind == "H") {
      std::string firmware;
      unsigned channels = 0;
      unsigned rate = 0;
      in >> firmware >> channels >> rate;
      for (char& c : firmware) {
        if (c == '~') {
          c = ' ';
        }
      }
      length = ashiatsu::formatHello(line, sizeof line, firmware.c_str(), static_cast<uint8_t>(channels),
                                     static_cast<uint16_t>(rate));
    } else if (kind == "D") {
      unsigned long seq = 0;
      unsigned long micros = 0;
      in >> seq >> micros;
      int32_t counts[64];
      uint8_t channels = 0;
      std::string count;
      while (channels < 64 && in >> count) {
        counts[channels++] = count == "_" ? ashiatsu::MISSING : static_cast<int32_t>(std::strtol(count.c_str(), 0, 10));
      }
      length = ashiatsu::formatData(line, sizeof line, static_cast<uint16_t>(seq), static_cast<uint32_t>(micros),
                                    counts, channels);
    } else if (kind == "I") {
      unsigned long seq = 0;
      unsigned long micros = 0;
      std::string input;
      int state = 0;
      in >> seq >> micros >> input >> state;
      length = ashiatsu::formatInput(line, sizeof line, static_cast<uint16_t>(seq), static_cast<uint32_t>(micros),
                                     input.c_str(), state == 1);
    } else if (kind == "E") {
      std::string code;
      in >> code;
      std::string text;
      std::getline(in, text);
      if (!text.empty() && text[0] == ' ') {
        text.erase(0, 1);
      }
      length = ashiatsu::formatEvent(line, sizeof line, code.c_str(), text.c_str());
    }
    if (length == 0) {
      std::printf("ERROR %s\n", vector.c_str());
    } else {
      std::fwrite(line, 1, length, stdout);
    }
  }
  return 0;
}
