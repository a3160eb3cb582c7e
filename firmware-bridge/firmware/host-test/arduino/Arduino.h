// Just enough of the Arduino core for compiling the sketch on the host against simulated HX711 chips
// (sketch_host_test.cpp). Not a general Arduino emulation.
#ifndef ASHIATSU_ARDUINO_STUB_H
#define ASHIATSU_ARDUINO_STUB_H

#include <stddef.h>
#include <stdint.h>

#define HIGH 1
#define LOW 0
#define INPUT 0
#define OUTPUT 1
#define INPUT_PULLUP 2

// The analog pins as digital pins, numbered as on an Uno.
static const uint8_t A0 = 14;
static const uint8_t A1 = 15;

void pinMode(uint8_t pin, uint8_t mode);
void digitalWrite(uint8_t pin, uint8_t value);
int digitalRead(uint8_t pin);
void delayMicroseconds(unsigned int us);
uint32_t micros();
uint32_t millis();
void noInterrupts();
void interrupts();

// Like HardwareSerial on an ATmega328P: a 64-byte transmit ring (at most 63 bytes free) that drains at the
// baud rate; write() blocks (in simulated time) while the ring is full.
struct HostSerial {
  void begin(uint32_t baud);
  int available();
  int read();
  int availableForWrite();
  size_t write(uint8_t byte);
};

extern HostSerial Serial;

#endif
