// An emulated Arduino Uno/Nano (simavr's ATmega328P at 16 MHz) running a real firmware ELF, with simulated
// HX711 chips on its pins and its UART on a pseudo-terminal. Built and driven by the Java tests
// (EmulatedUnoTest, src/test/java/dev/ashiatsu/bridge/firmware/).
//
//   uno_rig FIRMWARE.elf CHANNELS RATE_HZ
//
// Prints "pty <path>" once the pseudo-terminal exists, then reads commands on stdin, one a line:
//   at <seconds> <command>   schedules <command> at that simulated time (give them in time order)
//   start                    starts the MCU; the simulation then keeps pace with the wall clock
//   <command>                runs it at once (while running)
// Commands:
//   all <counts> | value <channel> <counts>   the load on every chip / on one (channels from 1), in counts
//   noise <counts>           each conversion adds uniform noise in [-n, n] (clamped to 24 bits)
//   unplug <channel> | plug <channel>          DOUT pulled up and clock unseen / chip back, powering up
//   button <pin> <0|1>       drives an Arduino pin A0..A5 (14..19, PC0..PC5) low or high: a push button to GND
//                            (released, every one of them reads high, as with the pull-up)
//   reset                    resets the MCU
//   poke <hexaddr> <bytes> <value>             writes a little-endian value into data memory (addresses
//                            as avr-nm prints them, 0x800000 + SRAM address)
//   mark <name>              prints "mark <name> <sim us> <wall ns CLOCK_MONOTONIC> resets=n tohost=bytes
//                            lost=bytes sckhigh_ns=longest chip<i>=conversions/reads/missed/clashes/badclock/
//                            powerdowns ..."; a mark
//                            named step... also prints "mark <name>-converted ..." once every plugged chip
//                            has finished a conversion since (the first frame that can show a new load)
//   end                      prints the counters as "mark end ..." and exits
// Host-to-device bytes on the pty reach the UART's receiver; device-to-host bytes go to the pty.
//
// The HX711 model (datasheet): a chip converts every 1/rate s (each chip at its own phase); a new conversion
// pulls DOUT low. On each PD_SCK rising edge it shifts out the next bit, MSB first, 24 bits two's
// complement; the 25th edge sets DOUT high again; 25, 26 or 27 edges select the next conversion's input and
// gain (A/128, B/32, A/64). PD_SCK high for more than 60 us powers the chip down; PD_SCK low again resets
// it (gain 128) and the first conversion comes after the settling time (4 periods). A conversion that ends
// while its predecessor is being shifted out is counted as "clash" (the datasheet leaves that undefined:
// here the new conversion replaces the old and the read-out starts over); one never read before the next
// is counted as "missed"; more than 27 edges in a read-out as "badclock".
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <simavr/avr_ioport.h>
#include <simavr/avr_uart.h>
#include <simavr/sim_avr.h>
#include <simavr/sim_elf.h>
#include <simavr/sim_time.h>

#define MAX_CHIPS 8
#define MAX_SCHEDULE 256
#define HOUSEKEEPING_US 500
#define POWER_DOWN_US 60
#define SETTLING_PERIODS 4

typedef struct {
  char port;        // 'D' or 'B'
  int bit;          // bit in that port
  int plugged;
  int powered;
  int ready;        // a conversion waits to be read (DOUT low)
  int pulses;       // rising edges since the conversion became ready
  int gainPulses;   // 25, 26 or 27: the input/gain of the next conversion
  uint32_t data;    // 24-bit conversion being shifted out
  int32_t load;     // counts at gain 128
  int dout;         // level driven on DOUT
  uint64_t nextConversion;  // cycle
  long conversions, reads, missed, clashes, badClock, powerDowns;
} Chip;

typedef struct {
  double atSeconds;
  char command[96];
} Scheduled;

static avr_t* avr;
static Chip chips[MAX_CHIPS];
static int channels;
static uint64_t periodCycles;
static int noise;
static int sckHigh;
static uint64_t sckRoseAt;
static uint64_t longestHighCycles;  // the longest PD_SCK high time seen
static int ptyMaster = -1;
static Scheduled schedule[MAX_SCHEDULE];
static int scheduled, nextScheduled;
static int resetWanted, endWanted;
static long bytesToHost, bytesToHostLost, resets;
static struct timespec wallStart;
static uint64_t simStartCycle;
static uint32_t randomState = 12345;
static char stepMark[48];      // the step mark waiting for its conversions, "" if none
static unsigned stepPending;   // chips (bit i) yet to convert since that mark
static FILE* report;  // our stdout; simavr's own messages go to stderr
static unsigned buttonLevels = 0x3F;  // PC0..PC5 (A0..A5), bit set = high (released)

// Uno/Nano pins D2..D10: D2..D7 are PD2..PD7, D8..D10 are PB0..PB2.
static void pinOf(int arduinoPin, char* port, int* bit) {
  if (arduinoPin <= 7) {
    *port = 'D';
    *bit = arduinoPin;
  } else {
    *port = 'B';
    *bit = arduinoPin - 8;
  }
}

static uint32_t nextRandom(void) {
  randomState ^= randomState << 13;
  randomState ^= randomState >> 17;
  randomState ^= randomState << 5;
  return randomState;
}

static int64_t wallNs(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (int64_t)now.tv_sec * 1000000000LL + now.tv_nsec;
}

static uint64_t simUs(void) {
  return (avr->cycle - simStartCycle) / (avr->frequency / 1000000);
}

// Drives every chip's DOUT: "external" values keep simavr from replacing them with the pull-up level on
// port writes.
static void driveDouts(void) {
  const char ports[] = {'D', 'B'};
  for (int p = 0; p < 2; p++) {
    avr_ioport_external_t external = {.name = ports[p], .mask = 0, .value = 0};
    for (int i = 0; i < channels; i++) {
      if (chips[i].port == ports[p]) {
        external.mask |= 1u << chips[i].bit;
        external.value |= (unsigned)(chips[i].dout & 1) << chips[i].bit;
      }
    }
    if (external.mask != 0) {
      avr_ioctl(avr, AVR_IOCTL_IOPORT_SET_EXTERNAL(ports[p]), &external);
    }
  }
  for (int i = 0; i < channels; i++) {
    avr_raise_irq(avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ(chips[i].port), chips[i].bit), chips[i].dout);
  }
}

// Drives A0..A5 (PC0..PC5) with the buttons' levels. An MCU reset clears the PIN register but not the
// pins' IRQ values, and raising an unchanged value does nothing: `afterReset` flips each pin first.
static void driveButtons(int afterReset) {
  avr_ioport_external_t external = {.name = 'C', .mask = 0x3F, .value = buttonLevels & 0x3F};
  avr_ioctl(avr, AVR_IOCTL_IOPORT_SET_EXTERNAL('C'), &external);
  for (int bit = 0; bit < 6; bit++) {
    avr_irq_t* pin = avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ('C'), bit);
    uint32_t level = (buttonLevels >> bit) & 1u;
    if (afterReset) {
      avr_raise_irq(pin, !level);
    }
    avr_raise_irq(pin, level);
  }
}

static int32_t convert(const Chip* chip) {
  int64_t value = chip->load;
  if (chip->gainPulses == 26) {
    value /= 4;  // channel B, gain 32
  } else if (chip->gainPulses == 27) {
    value /= 2;  // channel A, gain 64
  }
  if (noise > 0) {
    value += (int64_t)(nextRandom() % (2u * (uint32_t)noise + 1u)) - noise;
  }
  if (value > 8388607) value = 8388607;
  if (value < -8388608) value = -8388608;
  return (int32_t)value;
}

static void printMark(const char* name);

static void powerUp(Chip* chip) {
  chip->powered = 1;
  chip->ready = 0;
  chip->pulses = 0;
  chip->gainPulses = 25;
  chip->dout = 1;
  chip->nextConversion = avr->cycle + SETTLING_PERIODS * periodCycles;
}

static void conversionDone(Chip* chip) {
  chip->nextConversion += periodCycles;
  if (!chip->plugged || !chip->powered) {
    return;
  }
  chip->conversions++;
  if (chip->pulses > 0 && chip->pulses < 25) {
    chip->clashes++;  // the MCU was shifting out the previous conversion: that read-out is spoilt
  } else if (chip->pulses >= 25) {
    chip->gainPulses = chip->pulses;
  } else if (chip->ready) {
    chip->missed++;
  }
  chip->pulses = 0;
  chip->data = (uint32_t)convert(chip) & 0xFFFFFFu;
  chip->ready = 1;
  chip->dout = 0;
  stepPending &= ~(1u << (chip - chips));
  if (stepMark[0] != '\0' && stepPending == 0) {
    char name[64];
    snprintf(name, sizeof name, "%s-converted", stepMark);
    stepMark[0] = '\0';
    printMark(name);
  }
}

static void sckChanged(struct avr_irq_t* irq, uint32_t value, void* param) {
  (void)irq;
  (void)param;
  int high = value != 0;
  if (high == sckHigh) {
    return;
  }
  sckHigh = high;
  if (high) {
    sckRoseAt = avr->cycle;
    for (int i = 0; i < channels; i++) {
      Chip* chip = &chips[i];
      if (!chip->plugged || !chip->powered || (!chip->ready && chip->pulses == 0)) {
        continue;  // nothing to shift out: the edge is ignored
      }
      chip->pulses++;
      if (chip->pulses <= 24) {
        chip->dout = (chip->data >> (24 - chip->pulses)) & 1u;
      } else {
        if (chip->pulses == 25) {
          chip->reads++;
          chip->ready = 0;
        } else if (chip->pulses > 27) {
          chip->badClock++;
        }
        chip->dout = 1;
      }
    }
    driveDouts();
    return;
  }
  uint64_t highCycles = avr->cycle - sckRoseAt;
  if (highCycles > longestHighCycles) {
    longestHighCycles = highCycles;
  }
  if (avr_cycles_to_usec(avr, highCycles) > POWER_DOWN_US) {
    for (int i = 0; i < channels; i++) {
      if (chips[i].plugged && chips[i].powered) {
        chips[i].powerDowns++;
        powerUp(&chips[i]);
      }
    }
  }
  driveDouts();
}

static void uartOut(struct avr_irq_t* irq, uint32_t value, void* param) {
  (void)irq;
  (void)param;
  uint8_t byte = (uint8_t)value;
  if (write(ptyMaster, &byte, 1) == 1) {
    bytesToHost++;
  } else {
    bytesToHostLost++;
  }
}

static void printMark(const char* name) {
  fprintf(report, "mark %s %llu %lld resets=%ld tohost=%ld lost=%ld sckhigh_ns=%llu", name,
          (unsigned long long)simUs(), (long long)wallNs(), resets, bytesToHost, bytesToHostLost,
          (unsigned long long)(longestHighCycles * 1000000000ULL / avr->frequency));
  for (int i = 0; i < channels; i++) {
    const Chip* c = &chips[i];
    fprintf(report, " chip%d=%ld/%ld/%ld/%ld/%ld/%ld", i + 1, c->conversions, c->reads, c->missed, c->clashes, c->badClock,
           c->powerDowns);
  }
  fprintf(report, "\n");
  fflush(report);
}

static int channelArg(const char* text) {
  int channel = atoi(text);
  if (channel < 1 || channel > channels) {
    fprintf(stderr, "uno_rig: no channel %s\n", text);
    exit(2);
  }
  return channel - 1;
}

static void runCommand(const char* line) {
  char word[32] = "", a[48] = "", b[48] = "", c[48] = "";
  sscanf(line, "%31s %47s %47s %47s", word, a, b, c);
  if (strcmp(word, "all") == 0) {
    for (int i = 0; i < channels; i++) chips[i].load = (int32_t)strtol(a, NULL, 10);
  } else if (strcmp(word, "value") == 0) {
    chips[channelArg(a)].load = (int32_t)strtol(b, NULL, 10);
  } else if (strcmp(word, "noise") == 0) {
    noise = atoi(a);
  } else if (strcmp(word, "unplug") == 0) {
    Chip* chip = &chips[channelArg(a)];
    chip->plugged = 0;
    chip->dout = 1;
    driveDouts();
  } else if (strcmp(word, "plug") == 0) {
    Chip* chip = &chips[channelArg(a)];
    chip->plugged = 1;
    powerUp(chip);
    driveDouts();
  } else if (strcmp(word, "button") == 0) {
    int pin = atoi(a);
    if (pin < 14 || pin > 19) {
      fprintf(stderr, "uno_rig: no button pin %s (A0..A5 are 14..19)\n", a);
      exit(2);
    }
    if (atoi(b) != 0) {
      buttonLevels |= 1u << (pin - 14);
    } else {
      buttonLevels &= ~(1u << (pin - 14));
    }
    driveButtons(0);
  } else if (strcmp(word, "reset") == 0) {
    resetWanted = 1;
  } else if (strcmp(word, "poke") == 0) {
    unsigned long address = strtoul(a, NULL, 16) & 0xFFFFu;
    int bytes = atoi(b);
    unsigned long long value = strtoull(c, NULL, 10);
    for (int i = 0; i < bytes; i++) avr->data[address + i] = (uint8_t)(value >> (8 * i));
  } else if (strcmp(word, "mark") == 0) {
    printMark(a);
    if (strncmp(a, "step", 4) == 0) {
      snprintf(stepMark, sizeof stepMark, "%s", a);
      stepPending = 0;
      for (int i = 0; i < channels; i++) {
        if (chips[i].plugged && chips[i].powered) stepPending |= 1u << i;
      }
    }
  } else if (strcmp(word, "end") == 0) {
    endWanted = 1;
  } else if (word[0] != '\0') {
    fprintf(stderr, "uno_rig: unknown command '%s'\n", line);
    exit(2);
  }
}

// Reads what is on stdin now; returns 1 once "start" has been read.
static int readStdin(int blocking) {
  static char buffer[4096];
  static size_t filled;
  int started = 0;
  for (;;) {
    ssize_t n = read(STDIN_FILENO, buffer + filled, sizeof buffer - 1 - filled);
    if (n == 0) {
      endWanted = 1;  // the driver went away
      return 1;
    }
    if (n < 0) {
      if (errno == EAGAIN && !blocking) return started;
      if (errno == EAGAIN || errno == EINTR) {
        usleep(1000);
        continue;
      }
      return started;
    }
    filled += (size_t)n;
    buffer[filled] = '\0';
    char* newline;
    while ((newline = strchr(buffer, '\n')) != NULL) {
      *newline = '\0';
      double at;
      char command[96];
      if (sscanf(buffer, "at %lf %95[^\n]", &at, command) == 2) {
        if (scheduled < MAX_SCHEDULE) {
          schedule[scheduled].atSeconds = at;
          snprintf(schedule[scheduled].command, sizeof schedule[scheduled].command, "%s", command);
          scheduled++;
        }
      } else if (strcmp(buffer, "start") == 0) {
        started = 1;
      } else {
        runCommand(buffer);
      }
      size_t used = (size_t)(newline - buffer) + 1;
      memmove(buffer, newline + 1, filled - used + 1);
      filled -= used;
    }
    if (started && blocking) return 1;
  }
}

static void housekeeping(void) {
  readStdin(0);
  double now = simUs() / 1e6;
  while (nextScheduled < scheduled && schedule[nextScheduled].atSeconds <= now) {
    runCommand(schedule[nextScheduled++].command);
  }
  uint8_t in[64];
  ssize_t n = read(ptyMaster, in, sizeof in);
  avr_irq_t* rx = avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_INPUT);
  for (ssize_t i = 0; i < n; i++) {
    avr_raise_irq(rx, in[i]);
  }
  // keep pace with the wall clock: never ahead of it
  int64_t aheadNs = (int64_t)simUs() * 1000 - (wallNs() - ((int64_t)wallStart.tv_sec * 1000000000LL + wallStart.tv_nsec));
  if (aheadNs > 0) {
    struct timespec pause = {aheadNs / 1000000000LL, aheadNs % 1000000000LL};
    nanosleep(&pause, NULL);
  }
}

static void openPty(void) {
  ptyMaster = posix_openpt(O_RDWR | O_NOCTTY);
  if (ptyMaster < 0 || grantpt(ptyMaster) != 0 || unlockpt(ptyMaster) != 0) {
    perror("uno_rig: pty");
    exit(1);
  }
  struct termios raw;
  tcgetattr(ptyMaster, &raw);
  cfmakeraw(&raw);
  tcsetattr(ptyMaster, TCSANOW, &raw);
  // Held open so the pty survives the host closing and reopening its end.
  if (open(ptsname(ptyMaster), O_RDWR | O_NOCTTY) < 0) {
    perror("uno_rig: pty slave");
    exit(1);
  }
  fcntl(ptyMaster, F_SETFL, fcntl(ptyMaster, F_GETFL) | O_NONBLOCK);
  fprintf(report, "pty %s\n", ptsname(ptyMaster));
  fflush(report);
}

static void hookUp(void) {
  uint32_t flags = 0;
  avr_ioctl(avr, AVR_IOCTL_UART_GET_FLAGS('0'), &flags);
  flags &= ~AVR_UART_FLAG_STDIO;
  avr_ioctl(avr, AVR_IOCTL_UART_SET_FLAGS('0'), &flags);
  avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUTPUT), uartOut, NULL);
  avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ('D'), 2), sckChanged, NULL);
  driveDouts();
  driveButtons(1);
}

int main(int argc, char** argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: uno_rig FIRMWARE.elf CHANNELS RATE_HZ\n");
    return 2;
  }
  report = fdopen(dup(STDOUT_FILENO), "w");
  dup2(STDERR_FILENO, STDOUT_FILENO);
  channels = atoi(argv[2]);
  int rateHz = atoi(argv[3]);
  if (channels < 1 || channels > MAX_CHIPS || (rateHz != 10 && rateHz != 80)) {
    fprintf(stderr, "uno_rig: 1..8 channels at 10 or 80 Hz\n");
    return 2;
  }
  elf_firmware_t firmware;
  memset(&firmware, 0, sizeof firmware);
  if (elf_read_firmware(argv[1], &firmware) != 0) {
    fprintf(stderr, "uno_rig: cannot read %s\n", argv[1]);
    return 1;
  }
  avr = avr_make_mcu_by_name("atmega328p");
  if (avr == NULL) {
    fprintf(stderr, "uno_rig: simavr has no atmega328p\n");
    return 1;
  }
  avr_init(avr);
  avr->frequency = 16000000;
  avr->log = LOG_ERROR;
  avr_load_firmware(avr, &firmware);
  periodCycles = avr->frequency / (uint64_t)rateHz;
  for (int i = 0; i < channels; i++) {
    pinOf(3 + i, &chips[i].port, &chips[i].bit);
    chips[i].plugged = 1;
    chips[i].dout = 1;
  }
  openPty();
  hookUp();
  fcntl(STDIN_FILENO, F_SETFL, fcntl(STDIN_FILENO, F_GETFL) | O_NONBLOCK);
  readStdin(1);
  for (int i = 0; i < channels; i++) {
    powerUp(&chips[i]);
    // each chip at its own phase, all within the first 3 ms of a period
    chips[i].nextConversion += (uint64_t)i * avr->frequency * 3 / 8000;
  }
  simStartCycle = avr->cycle;
  clock_gettime(CLOCK_MONOTONIC, &wallStart);
  uint64_t housekeepingCycles = avr->frequency / 1000000 * HOUSEKEEPING_US;
  uint64_t nextHousekeeping = avr->cycle;
  uint64_t nextEvent = avr->cycle;
  while (!endWanted) {
    int state = avr_run(avr);
    if (state == cpu_Done || state == cpu_Crashed) {
      fprintf(stderr, "uno_rig: the MCU stopped (state %d)\n", state);
      return 1;
    }
    if (avr->cycle < nextEvent) {
      continue;
    }
    for (int i = 0; i < channels; i++) {
      if (avr->cycle >= chips[i].nextConversion) {
        conversionDone(&chips[i]);
        driveDouts();
      }
    }
    if (avr->cycle >= nextHousekeeping) {
      nextHousekeeping += housekeepingCycles;
      housekeeping();
    }
    nextEvent = nextHousekeeping;
    for (int i = 0; i < channels; i++) {
      if (chips[i].nextConversion < nextEvent) {
        nextEvent = chips[i].nextConversion;
      }
    }
    if (resetWanted) {
      resetWanted = 0;
      resets++;
      uint64_t cycle = avr->cycle;
      avr_reset(avr);
      avr->cycle = cycle;  // simulated time goes on across the reset
      hookUp();
    }
  }
  printMark("end");
  return 0;
}
