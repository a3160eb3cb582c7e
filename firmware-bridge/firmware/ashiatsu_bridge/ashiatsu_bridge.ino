// ashiatsu bridge firmware: up to 8 HX711 load-cell ADCs on one shared clock pin, streamed over serial as
// protocol v1 (docs/serial-protocol.md). Wiring and flashing: ../README.md.
//
// Loop: answer the host's "?" with the hello; wait until every chip has a conversion ready (at most two
// nominal periods); clock all chips together, 24 bits plus one pulse (channel A, gain 128); send one data
// line. A chip still not ready is sent as an empty value and reported with E,TIMEOUT (at most once a
// second); until it is ready again it is read when it happens to be ready but not waited for, so one dead
// chip does not slow the others. A line that does not fit in the serial transmit buffer is dropped, never waited for: the
// sequence number still advances, so the host counts the gap, and E,OVERRUN tells how many were dropped.

#include "protocol.h"

// ---- configuration: edit to match your build ----
static const char FIRMWARE_VERSION[] = "fw-0.1.0";
static const uint32_t BAUD_RATE = 115200;
static const uint8_t CHANNELS = 6;                               // 1..8, in table-config order
static const uint8_t SCK_PIN = 2;                                // shared PD_SCK of every HX711
static const uint8_t DOUT_PINS[CHANNELS] = {3, 4, 5, 6, 7, 8};   // DOUT of each HX711, channel order
static const uint16_t NOMINAL_RATE_HZ = 80;                      // 80 with RATE high, 10 with RATE low
// ---------------------------------------------------

static_assert(CHANNELS >= 1 && CHANNELS <= 8, "CHANNELS must be 1..8");

static const uint32_t READY_TIMEOUT_US = 2000000UL / NOMINAL_RATE_HZ;
static const uint32_t EVENT_INTERVAL_MS = 1000;

static char line[ashiatsu::LINE_BUFFER_BYTES];
static uint16_t sequence = 0;
static uint32_t droppedFrames = 0;
static uint32_t lastTimeoutEventMs = 0;
static bool timeoutReported = false;
static uint8_t lateMask = 0;  // chips not ready last frame: not waited for

// Sends a whole line, or nothing if the transmit buffer cannot take it now.
static bool sendLine(size_t length) {
  if (length == 0 || static_cast<size_t>(Serial.availableForWrite()) < length) {
    return false;
  }
  Serial.write(reinterpret_cast<const uint8_t*>(line), length);
  return true;
}

static void sendHello() {
  size_t length = ashiatsu::formatHello(line, sizeof line, FIRMWARE_VERSION, CHANNELS, NOMINAL_RATE_HZ);
  Serial.write(reinterpret_cast<const uint8_t*>(line), length);  // blocking: the host asked for it
}

static void sendEvent(const char* code, const char* text) {
  sendLine(ashiatsu::formatEvent(line, sizeof line, code, text));
}

// A "?" from the host asks for the hello; everything else is ignored.
static void answerHost() {
  while (Serial.available() > 0) {
    if (Serial.read() == '?') {
      sendHello();
    }
  }
}

// Bit i set when channel i's DOUT is low: a conversion is ready.
static uint8_t readyMask() {
  uint8_t mask = 0;
  for (uint8_t i = 0; i < CHANNELS; i++) {
    if (digitalRead(DOUT_PINS[i]) == LOW) {
      mask |= static_cast<uint8_t>(1u << i);
    }
  }
  return mask;
}

// Clocks every chip at once: 24 data bits MSB first, then one pulse to select channel A at gain 128 for the
// next conversion. SCK stays high for about a microsecond per bit (over 60 us would power the chips down),
// so interrupts are held off only during each pulse.
static void readAll(int32_t* counts) {
  uint32_t raw[CHANNELS] = {0};
  for (uint8_t bit = 0; bit < 25; bit++) {
    noInterrupts();
    digitalWrite(SCK_PIN, HIGH);
    delayMicroseconds(1);
    if (bit < 24) {
      for (uint8_t i = 0; i < CHANNELS; i++) {
        raw[i] = (raw[i] << 1) | (digitalRead(DOUT_PINS[i]) == HIGH ? 1u : 0u);
      }
    }
    digitalWrite(SCK_PIN, LOW);
    interrupts();
    delayMicroseconds(1);
  }
  for (uint8_t i = 0; i < CHANNELS; i++) {
    counts[i] = (raw[i] & 0x800000UL) != 0 ? static_cast<int32_t>(raw[i] | 0xFF000000UL) : static_cast<int32_t>(raw[i]);
  }
}

static void reportTimeout(uint8_t ready) {
  uint32_t now = millis();
  if (timeoutReported && now - lastTimeoutEventMs < EVENT_INTERVAL_MS) {
    return;
  }
  char text[64];
  size_t n = 0;
  const char prefix[] = "channels not ready:";
  for (size_t k = 0; prefix[k] != '\0'; k++) {
    text[n++] = prefix[k];
  }
  for (uint8_t i = 0; i < CHANNELS; i++) {
    if ((ready & (1u << i)) == 0) {
      text[n++] = ' ';
      text[n++] = static_cast<char>('1' + i);
    }
  }
  text[n] = '\0';
  sendEvent("TIMEOUT", text);
  lastTimeoutEventMs = now;
  timeoutReported = true;
}

static void reportOverrun() {
  char text[40];
  size_t n = 0;
  char digits[10];
  int d = 0;
  uint32_t value = droppedFrames;
  do {
    digits[d++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (d > 0) {
    text[n++] = digits[--d];
  }
  const char suffix[] = " frames dropped";
  for (size_t k = 0; suffix[k] != '\0'; k++) {
    text[n++] = suffix[k];
  }
  text[n] = '\0';
  if (sendLine(ashiatsu::formatEvent(line, sizeof line, "OVERRUN", text))) {
    droppedFrames = 0;
  }
}

void setup() {
  pinMode(SCK_PIN, OUTPUT);
  digitalWrite(SCK_PIN, LOW);
  for (uint8_t i = 0; i < CHANNELS; i++) {
    pinMode(DOUT_PINS[i], INPUT_PULLUP);  // an unplugged chip then reads "not ready", not noise
  }
  Serial.begin(BAUD_RATE);
  sendEvent("BOOT", "power on or reset");
  sendHello();
}

void loop() {
  const uint8_t all = static_cast<uint8_t>((1u << CHANNELS) - 1);
  const uint8_t awaited = static_cast<uint8_t>(all & ~lateMask);
  uint32_t waitStart = micros();
  uint8_t ready = readyMask();
  while ((ready & awaited) != awaited && micros() - waitStart < READY_TIMEOUT_US) {
    answerHost();
    ready = readyMask();
  }
  answerHost();
  if (ready == 0) {
    reportTimeout(ready);
    return;
  }
  lateMask = static_cast<uint8_t>(all & ~ready);
  uint32_t sampledAt = micros();
  int32_t counts[CHANNELS];
  readAll(counts);
  for (uint8_t i = 0; i < CHANNELS; i++) {
    if ((ready & (1u << i)) == 0) {
      counts[i] = ashiatsu::MISSING;
    }
  }
  if (ready != all) {
    reportTimeout(ready);
  }
  if (droppedFrames > 0) {
    reportOverrun();
  }
  size_t length = ashiatsu::formatData(line, sizeof line, sequence, sampledAt, counts, CHANNELS);
  if (!sendLine(length)) {
    droppedFrames++;
  }
  sequence++;
}
