// A byte ring that takes whole lines or nothing, and gives its bytes back one at a time in order: the
// sketch queues each line here and feeds the serial port from it as the port's own (64-byte) ring drains,
// so a line longer than that ring is sent whole without waiting, and a line that does not fit is dropped
// whole. Plain C++11, no Arduino core, no heap (also compiled on the host, see host-test/).
#ifndef ASHIATSU_LINE_QUEUE_H
#define ASHIATSU_LINE_QUEUE_H

#include <stddef.h>
#include <stdint.h>

namespace ashiatsu {

class LineQueue {
 public:
  // Bytes the queue holds: with the serial port's 63 free bytes, enough for two worst-case data lines
  // (8 channels, 96 bytes each) and an event, i.e. about 30 ms at 115200 baud.
  static const size_t CAPACITY = 256;

  LineQueue() : head_(0), size_(0) {}

  // Bytes that can be queued now.
  size_t room() const { return CAPACITY - size_; }

  bool empty() const { return size_ == 0; }

  // Queues all `length` bytes, or none (returns false) when they do not all fit.
  bool push(const char* bytes, size_t length);

  // The oldest queued byte, removed; call only when not empty().
  uint8_t pop();

 private:
  uint8_t bytes_[CAPACITY];
  size_t head_;
  size_t size_;
};

}  // namespace ashiatsu

#endif
