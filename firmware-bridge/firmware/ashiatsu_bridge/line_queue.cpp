#include "line_queue.h"

namespace ashiatsu {

bool LineQueue::push(const char* bytes, size_t length) {
  if (length > room()) {
    return false;
  }
  size_t tail = (head_ + size_) % CAPACITY;
  for (size_t i = 0; i < length; i++) {
    bytes_[tail] = static_cast<uint8_t>(bytes[i]);
    tail = (tail + 1) % CAPACITY;
  }
  size_ += length;
  return true;
}

uint8_t LineQueue::pop() {
  uint8_t byte = bytes_[head_];
  head_ = (head_ + 1) % CAPACITY;
  size_--;
  return byte;
}

}  // namespace ashiatsu
