// Runs the real sketch on the host against simulated HX711 chips on a shared clock, and prints what it sends
// on the serial port. The script (fixed here, checked by FirmwareSketchTest in Java):
//   - 6 chips, converting every 12.5 ms; chip i's k-th reading is a known value (see valueOf)
//   - after 40 frames the host sends "?"
//   - chip 6 (index 5) stops converting between frames 60 and 70
//   - the serial port is a 64-byte ring draining at 115200 baud (86.8 us a byte), except that it does not
//     drain at all for frames 80..89 (a stalled link: lines are dropped whole and counted)
//   - the acknowledge button (A0) is pressed from 300 ms to 500 ms, the client-stop button (A1) for 40 ms from
//     the start of frame 81 (during the stall: the changes wait and are sent after it); each edge bounces for
//     4 ms (the level flips every 0.7 ms)
//   - 120 frames in all
// A write the ring cannot take would block on a real board: it is counted, and the program then exits 3.
#include <cstdio>
#include <deque>

#include "Arduino.h"

#include "../ashiatsu_bridge/ashiatsu_bridge.ino"

namespace {

const int CHIPS = 6;
const uint64_t CONVERSION_US = 12500;
const int FRAMES = 120;
const int TX_RING_FREE = 63;
const double US_PER_BYTE = 10 * 1e6 / 115200;

uint64_t nowUs = 0;
int frame = 0;
bool sckHigh = false;
std::deque<int> hostToDevice;
int txQueued = 0;         // bytes in the transmit ring
double txDrainedUs = 0;   // when the ring last gave a byte to the wire
long blockingWrites = 0;

uint64_t stopPressUs = UINT64_MAX;

// A bouncing push button to GND: LOW from pressUs to releaseUs, flipping every 0.7 ms for 4 ms after each edge.
int buttonLevel(uint64_t pressUs, uint64_t releaseUs) {
  if (nowUs < pressUs) {
    return HIGH;
  }
  if (nowUs < pressUs + 4000) {
    return ((nowUs - pressUs) / 700) % 2 == 0 ? LOW : HIGH;
  }
  if (nowUs < releaseUs) {
    return LOW;
  }
  if (nowUs < releaseUs + 4000) {
    return ((nowUs - releaseUs) / 700) % 2 == 0 ? HIGH : LOW;
  }
  return HIGH;
}

bool stalled() {
  return frame >= 80 && frame < 90;
}

void drainTx() {
  if (stalled() || txQueued == 0) {
    txDrainedUs = static_cast<double>(nowUs);
    return;
  }
  while (txQueued > 0 && txDrainedUs + US_PER_BYTE <= static_cast<double>(nowUs)) {
    txQueued--;
    txDrainedUs += US_PER_BYTE;
  }
}

struct Chip {
  uint8_t pin;
  uint64_t readyAt;
  int pulses;
  int32_t readings;
};
Chip chips[CHIPS];

int32_t valueOf(int chip, int32_t k) {
  switch (chip) {
    case 0: return 1000 + k;
    case 1: return -2000 - k;
    case 2: return 8388607;
    case 3: return -8388608;
    case 4: return 0;
    default: return 300000 + k;
  }
}

bool dead(int chip) {
  return chip == 5 && frame >= 60 && frame < 70;
}

bool ready(int chip) {
  return !dead(chip) && nowUs >= chips[chip].readyAt;
}

Chip* chipOn(uint8_t pin) {
  for (int i = 0; i < CHIPS; i++) {
    if (chips[i].pin == pin) {
      return &chips[i];
    }
  }
  return nullptr;
}

}  // namespace

HostSerial Serial;

void pinMode(uint8_t, uint8_t) {}

void digitalWrite(uint8_t pin, uint8_t value) {
  bool rising = pin == SCK_PIN && value == HIGH && !sckHigh;
  if (pin == SCK_PIN) {
    sckHigh = value == HIGH;
  }
  if (!rising) {
    return;
  }
  for (int i = 0; i < CHIPS; i++) {
    if (chips[i].pulses == 0 && !ready(i)) {
      continue;  // a chip without a conversion ignores the clock
    }
    if (++chips[i].pulses == 25) {
      chips[i].pulses = 0;
      chips[i].readings++;
      chips[i].readyAt = nowUs + CONVERSION_US;
    }
  }
}

int digitalRead(uint8_t pin) {
  nowUs += 1;
  if (pin == A0) {
    return buttonLevel(300000, 500000);
  }
  if (pin == A1) {
    return stopPressUs == UINT64_MAX ? HIGH : buttonLevel(stopPressUs, stopPressUs + 40000);
  }
  Chip* chip = chipOn(pin);
  if (chip == nullptr) {
    return HIGH;
  }
  int index = static_cast<int>(chip - chips);
  if (chip->pulses == 0) {
    return ready(index) ? LOW : HIGH;
  }
  uint32_t raw = static_cast<uint32_t>(valueOf(index, chip->readings)) & 0xFFFFFFu;
  return (raw >> (24 - chip->pulses)) & 1u;
}

void delayMicroseconds(unsigned int us) { nowUs += us; }
uint32_t micros() { return static_cast<uint32_t>(nowUs += 1); }
uint32_t millis() { return static_cast<uint32_t>(nowUs / 1000); }
void noInterrupts() {}
void interrupts() {}

void HostSerial::begin(uint32_t) {}
int HostSerial::available() { return static_cast<int>(hostToDevice.size()); }
int HostSerial::read() {
  if (hostToDevice.empty()) {
    return -1;
  }
  int c = hostToDevice.front();
  hostToDevice.pop_front();
  return c;
}
int HostSerial::availableForWrite() {
  drainTx();
  return TX_RING_FREE - txQueued;
}
size_t HostSerial::write(uint8_t byte) {
  drainTx();
  if (txQueued >= TX_RING_FREE) {
    blockingWrites++;
    while (txQueued >= TX_RING_FREE) {
      nowUs += 1;
      drainTx();
    }
  }
  txQueued++;
  return std::fwrite(&byte, 1, 1, stdout);
}

int main() {
  for (int i = 0; i < CHIPS; i++) {
    chips[i] = Chip{DOUT_PINS[i], 3000 + static_cast<uint64_t>(i) * 200, 0, 0};
  }
  setup();
  for (frame = 0; frame < FRAMES; frame++) {
    if (frame == 40) {
      hostToDevice.push_back('?');
      hostToDevice.push_back('\n');
    }
    if (frame == 81) {
      stopPressUs = nowUs;
    }
    loop();
  }
  if (blockingWrites > 0) {
    std::fprintf(stderr, "%ld writes would have blocked\n", blockingWrites);
    return 3;
  }
  return 0;
}
