// A push button's debounced level: a new level counts once every reading has shown it for the hold time, so
// contact bounce (a few ms of chatter on press and release) gives one change, not many. Plain C++11, no
// Arduino core (also compiled on the host, see host-test/).
#ifndef ASHIATSU_DEBOUNCER_H
#define ASHIATSU_DEBOUNCER_H

#include <stdint.h>

namespace ashiatsu {

class Debouncer {
 public:
  // Starts stable at `level` (read at boot: a button held then is not a press).
  explicit Debouncer(bool level = true) : stable_(level), candidate_(level), since_(0) {}

  // Feeds the level read at `nowUs`; true when the stable level changes, to the level that has held for
  // `holdUs` (the change began at since()). Wraps of the microsecond clock are harmless.
  bool update(bool level, uint32_t nowUs, uint32_t holdUs) {
    if (level != candidate_) {
      candidate_ = level;
      since_ = nowUs;
      return false;
    }
    if (candidate_ != stable_ && nowUs - since_ >= holdUs) {
      stable_ = candidate_;
      return true;
    }
    return false;
  }

  bool stable() const { return stable_; }

  // When the current candidate level was first read (the start of the change update() reported).
  uint32_t since() const { return since_; }

 private:
  bool stable_;
  bool candidate_;
  uint32_t since_;
};

}  // namespace ashiatsu

#endif
