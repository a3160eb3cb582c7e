// Runs the real sketch on the host against simulated HX711 chips on a shared clock, and prints what it sends
// on the serial port. The script (fixed here, checked by FirmwareSketchTest in Java):
//   - 6 chips, converting every 12.5 ms; chip i's k-th reading is a known value (see valueOf)
//   - after 40 frames the host sends "?"
//   - chip 6 (index 5) stops converting between frames 60 and 70
//   - the transmit buffer is full for frames 80..82 (3 frames dropped)
//   - 120 frames in all
#include <cstdio>
#include <deque>

#include "Arduino.h"

#include "../ashiatsu_bridge/ashiatsu_bridge.ino"

namespace {

const int CHIPS = 6;
const uint64_t CONVERSION_US = 12500;
const int FRAMES = 120;

uint64_t nowUs = 0;
int frame = 0;
bool sckHigh = false;
std::deque<int> hostToDevice;

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
int HostSerial::availableForWrite() { return frame >= 80 && frame < 83 ? 0 : 255; }
size_t HostSerial::write(const uint8_t* bytes, size_t length) {
  return std::fwrite(bytes, 1, length, stdout);
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
    loop();
  }
  return 0;
}
