// ashiatsu bridge firmware: up to 8 HX711 load-cell ADCs on one shared clock pin, streamed over serial as
// protocol v1 (docs/serial-protocol.md). Wiring and flashing: ../README.md.
//
// Loop: answer the host's "?" with the hello; wait until every chip has a conversion ready (at most two
// nominal periods, six before the first frame while the chips settle); clock all chips together, 24 bits plus one pulse (channel A, gain 128); send one data
// line. A chip still not ready is sent as an empty value and reported with E,TIMEOUT (at most once a
// second); until it is ready again it is read when it happens to be ready but not waited for, so one dead
// chip does not slow the others.
//
// Output: every line goes whole into a LineQueue, which pump() feeds to the serial port's 64-byte transmit
// ring only as fast as the ring has room, so no write ever blocks and a line longer than the ring is still
// sent whole. A line the queue cannot take is dropped whole, never half-sent: the sequence number still
// advances, so the host counts the gap, and E,OVERRUN tells how many were dropped. The budget (a worst-case
// 8-channel line is 96 bytes: 67 % of 115200 baud at 80 Hz) is in docs/serial-protocol.md.
//
// Buttons: an acknowledge button (practitioner) and a client-stop button, each from its pin to GND (the pin's
// pull-up holds it high), read whenever the host is answered, i.e. all the time the sketch waits for the
// chips. A level held DEBOUNCE_MS is one change, sent as "I,<seq>,<us>,ACK|STOP,1|0" with the time the new
// level began. Changes wait in a small queue of their own until the line queue takes them: a press is never
// dropped for a busy link (only if 8 changes are waiting; the input sequence number then shows the gap).
// The hello announces them ("inputs=ACK+STOP" after the version). Build with -DASHIATSU_BUTTONS=0 for none.

#include "debouncer.h"
#include "line_queue.h"
#include "protocol.h"

// ---- configuration: edit to match your build (or pass -DASHIATSU_CHANNELS=n, -DASHIATSU_RATE_HZ=n, -DASHIATSU_BAUD=n) ----
#ifndef ASHIATSU_CHANNELS
#define ASHIATSU_CHANNELS 6
#endif
#ifndef ASHIATSU_RATE_HZ
#define ASHIATSU_RATE_HZ 80
#endif
#ifndef ASHIATSU_BAUD
#define ASHIATSU_BAUD 115200
#endif
#ifndef ASHIATSU_BUTTONS
#define ASHIATSU_BUTTONS 1
#endif
#ifndef ASHIATSU_ACK_PIN
#define ASHIATSU_ACK_PIN A0   // acknowledge button to GND
#endif
#ifndef ASHIATSU_STOP_PIN
#define ASHIATSU_STOP_PIN A1  // client-stop button to GND
#endif
#if ASHIATSU_BUTTONS
static const char FIRMWARE_VERSION[] = "fw-0.3.0 inputs=ACK+STOP";  // the token announces the buttons
#else
static const char FIRMWARE_VERSION[] = "fw-0.3.0";
#endif
static const uint32_t BAUD_RATE = ASHIATSU_BAUD;                         // see docs/serial-protocol.md, "Budget"
static const uint8_t CHANNELS = ASHIATSU_CHANNELS;                       // 1..8, in table-config order
static const uint8_t SCK_PIN = 2;                                        // shared PD_SCK of every HX711
static constexpr uint8_t DOUT_PINS[] = {3, 4, 5, 6, 7, 8, 9, 10};                 // DOUT of each HX711, channel order
static const uint16_t NOMINAL_RATE_HZ = ASHIATSU_RATE_HZ;                // 80 with RATE high, 10 with RATE low
static const uint8_t BUTTON_PINS[] = {ASHIATSU_ACK_PIN, ASHIATSU_STOP_PIN};  // not SCK_PIN, DOUT_PINS, D0, D1
static const uint32_t DEBOUNCE_MS = 25;                                  // a level held this long counts
// -------------------------------------------------------------------------------------------------------

static_assert(CHANNELS >= 1 && CHANNELS <= 8, "CHANNELS must be 1..8");
static_assert(CHANNELS <= sizeof DOUT_PINS, "DOUT_PINS must list a pin for each of the CHANNELS");
static_assert(NOMINAL_RATE_HZ == 10 || NOMINAL_RATE_HZ == 80, "an HX711 converts at 10 or 80 Hz");

// True when `pin` is the UART's (D0, D1), the shared clock or one of the first CHANNELS data pins.
static constexpr bool pinTaken(uint8_t pin, uint8_t channel = 0) {
  return pin <= 1 || pin == SCK_PIN || (channel < CHANNELS && (DOUT_PINS[channel] == pin || pinTaken(pin, channel + 1)));
}
static_assert(!ASHIATSU_BUTTONS || (!pinTaken(ASHIATSU_ACK_PIN) && !pinTaken(ASHIATSU_STOP_PIN)),
              "a button pin clashes with the UART, SCK_PIN or DOUT_PINS");
static_assert(!ASHIATSU_BUTTONS || ASHIATSU_ACK_PIN != ASHIATSU_STOP_PIN, "the two buttons need two pins");

static const uint32_t READY_TIMEOUT_US = 2000000UL / NOMINAL_RATE_HZ;
// After power-up the chips need their settling time (4 conversion periods) before the first conversion.
static const uint32_t FIRST_READY_TIMEOUT_US = 6000000UL / NOMINAL_RATE_HZ;
static const uint32_t EVENT_INTERVAL_MS = 1000;

static char line[ashiatsu::LINE_BUFFER_BYTES];
static ashiatsu::LineQueue output;
static bool helloWanted = false;  // the host asked; queued as soon as the queue has room
static uint16_t sequence = 0;
static uint32_t droppedFrames = 0;
static uint32_t lastTimeoutEventMs = 0;
static bool timeoutReported = false;
static uint8_t lateMask = 0;  // chips not ready last frame: not waited for
static bool firstFrame = true;  // no frame read since boot: the chips may still be settling

#if ASHIATSU_BUTTONS
static const char* const BUTTON_CODES[] = {"ACK", "STOP"};  // in BUTTON_PINS order
static const uint8_t BUTTONS = sizeof BUTTON_PINS;
static const uint8_t PENDING_INPUTS = 8;
struct PendingInput {
  uint16_t seq;
  uint32_t micros;
  uint8_t button;
  bool pressed;
};
static ashiatsu::Debouncer buttons[BUTTONS];
static PendingInput pendingInputs[PENDING_INPUTS];  // changes not yet in the line queue, oldest first
static uint8_t pendingHead = 0;
static uint8_t pendingCount = 0;
static uint16_t inputSequence = 0;
#endif

// Queues the whole line in `line`, or nothing if the queue cannot take it now.
static bool sendLine(size_t length) {
  return length != 0 && output.push(line, length);
}

// Moves queued bytes into the serial transmit ring while it has room: never waits.
static void pump() {
  int room = Serial.availableForWrite();
  while (room > 0 && !output.empty()) {
    Serial.write(output.pop());
    room--;
  }
}

static void queueHelloIfWanted() {
  if (helloWanted &&
      sendLine(ashiatsu::formatHello(line, sizeof line, FIRMWARE_VERSION, CHANNELS, NOMINAL_RATE_HZ))) {
    helloWanted = false;
  }
}

static void sendEvent(const char* code, const char* text) {
  sendLine(ashiatsu::formatEvent(line, sizeof line, code, text));
}

#if ASHIATSU_BUTTONS
static void setUpButtons() {
  for (uint8_t b = 0; b < BUTTONS; b++) {
    pinMode(BUTTON_PINS[b], INPUT_PULLUP);
    buttons[b] = ashiatsu::Debouncer(digitalRead(BUTTON_PINS[b]) == HIGH);
  }
}

// Reads the buttons; a debounced change waits in pendingInputs (its sequence number is used even if the
// waiting queue is full, so the host sees the loss), then goes into the line queue as soon as it fits.
static void pollButtons() {
  for (uint8_t b = 0; b < BUTTONS; b++) {
    if (buttons[b].update(digitalRead(BUTTON_PINS[b]) == HIGH, micros(), DEBOUNCE_MS * 1000UL)) {
      if (pendingCount < PENDING_INPUTS) {
        PendingInput& change = pendingInputs[(pendingHead + pendingCount) % PENDING_INPUTS];
        change.seq = inputSequence;
        change.micros = buttons[b].since();
        change.button = b;
        change.pressed = !buttons[b].stable();  // pressed pulls the pin low
        pendingCount++;
      }
      inputSequence++;
    }
  }
  while (pendingCount > 0) {
    const PendingInput& change = pendingInputs[pendingHead];
    char text[48];
    size_t length = ashiatsu::formatInput(text, sizeof text, change.seq, change.micros, BUTTON_CODES[change.button],
                                          change.pressed);
    if (length == 0 || !output.push(text, length)) {
      return;
    }
    pendingHead = static_cast<uint8_t>((pendingHead + 1) % PENDING_INPUTS);
    pendingCount--;
  }
}
#else
static void setUpButtons() {}
static void pollButtons() {}
#endif

// A "?" from the host asks for the hello; everything else is ignored. Also reads the buttons and keeps the
// output flowing.
static void answerHost() {
  while (Serial.available() > 0) {
    if (Serial.read() == '?') {
      helloWanted = true;
    }
  }
  queueHelloIfWanted();
  pollButtons();
  pump();
}

#if defined(ARDUINO_ARCH_AVR)
// On AVR, DOUT is read straight from the port's input register: digitalRead takes some 6 us a pin on a
// 16 MHz ATmega328P, so 8 of them would hold SCK high about 50 us (measured in emulation).
static volatile uint8_t* doutRegister[CHANNELS];
static uint8_t doutMask[CHANNELS];

static void prepareDoutPins() {
  for (uint8_t i = 0; i < CHANNELS; i++) {
    doutRegister[i] = portInputRegister(digitalPinToPort(DOUT_PINS[i]));
    doutMask[i] = digitalPinToBitMask(DOUT_PINS[i]);
  }
}

static inline bool doutHigh(uint8_t i) {
  return (*doutRegister[i] & doutMask[i]) != 0;
}
#else
static void prepareDoutPins() {}

static inline bool doutHigh(uint8_t i) {
  return digitalRead(DOUT_PINS[i]) == HIGH;
}
#endif

// Bit i set when channel i's DOUT is high.
static uint8_t highPins() {
  uint8_t mask = 0;
  for (uint8_t i = 0; i < CHANNELS; i++) {
    if (doutHigh(i)) {
      mask |= static_cast<uint8_t>(1u << i);
    }
  }
  return mask;
}

// Bit i set when channel i's DOUT is low: a conversion is ready.
static uint8_t readyMask() {
  return static_cast<uint8_t>(~highPins() & ((1u << CHANNELS) - 1));
}

// Clocks every chip at once: 24 data bits MSB first, then one pulse to select channel A at gain 128 for the
// next conversion. SCK must stay high under 50 us (the datasheet's longest high time; over 60 us powers the
// chips down), so while it is high only the pins are sampled, with interrupts held off for that pulse only;
// the bits are assembled while it is low. The emulation test measures the high time.
static void readAll(int32_t* counts) {
  uint32_t raw[CHANNELS] = {0};
  for (uint8_t bit = 0; bit < 25; bit++) {
    noInterrupts();
    digitalWrite(SCK_PIN, HIGH);
    delayMicroseconds(1);
    uint8_t levels = bit < 24 ? highPins() : 0;
    digitalWrite(SCK_PIN, LOW);
    interrupts();
    if (bit < 24) {
      for (uint8_t i = 0; i < CHANNELS; i++) {
        raw[i] = (raw[i] << 1) | ((levels >> i) & 1u);
      }
    }
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

// "E,OVERRUN,<n> frames dropped" into out; returns its length (0 if it did not fit).
static size_t formatOverrun(char* out, size_t capacity) {
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
  return ashiatsu::formatEvent(out, capacity, "OVERRUN", text);
}

// Queues the data line in `line`, preceded by E,OVERRUN if frames were dropped since the last one sent:
// both or neither, so one stall gives one event with the full count.
static bool sendData(size_t length) {
  if (droppedFrames == 0) {
    return sendLine(length);
  }
  char event[48];
  size_t eventLength = formatOverrun(event, sizeof event);
  if (length == 0 || eventLength == 0 || output.room() < eventLength + length) {
    return false;
  }
  output.push(event, eventLength);
  output.push(line, length);
  droppedFrames = 0;
  return true;
}

void setup() {
  pinMode(SCK_PIN, OUTPUT);
  digitalWrite(SCK_PIN, LOW);
  for (uint8_t i = 0; i < CHANNELS; i++) {
    pinMode(DOUT_PINS[i], INPUT_PULLUP);  // an unplugged chip then reads "not ready", not noise
  }
  prepareDoutPins();
  setUpButtons();
  Serial.begin(BAUD_RATE);
  sendEvent("BOOT", "power on or reset");
  helloWanted = true;
  queueHelloIfWanted();
  pump();
}

void loop() {
  const uint8_t all = static_cast<uint8_t>((1u << CHANNELS) - 1);
  const uint8_t awaited = static_cast<uint8_t>(all & ~lateMask);
  uint32_t waitStart = micros();
  uint8_t ready = readyMask();
  const uint32_t timeoutUs = firstFrame ? FIRST_READY_TIMEOUT_US : READY_TIMEOUT_US;
  while ((ready & awaited) != awaited && micros() - waitStart < timeoutUs) {
    answerHost();
    ready = readyMask();
  }
  answerHost();
  if (ready == 0) {
    reportTimeout(ready);
    return;
  }
  lateMask = static_cast<uint8_t>(all & ~ready);
  firstFrame = false;
  uint32_t sampledAt = micros();
  int32_t counts[CHANNELS];
  readAll(counts);
  pump();
  for (uint8_t i = 0; i < CHANNELS; i++) {
    if ((ready & (1u << i)) == 0) {
      counts[i] = ashiatsu::MISSING;
    }
  }
  if (ready != all) {
    reportTimeout(ready);
  }
  size_t length = ashiatsu::formatData(line, sizeof line, sequence, sampledAt, counts, CHANNELS);
  if (!sendData(length)) {
    droppedFrames++;
  }
  sequence++;
  pump();
}
