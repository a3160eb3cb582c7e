package dev.ashiatsu.bridge.gpio;

import dev.ashiatsu.core.config.TableConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * A Raspberry Pi's HX711 wiring, as read by {@link GpioConfigReader}: which pins, which chip is which
 * cell, the gain and the chips' data rate, and the table config the cells belong to.
 *
 * @param source         where it was read from (for messages)
 * @param tableFile      the table config file it names
 * @param table          that table config
 * @param clockPin       BCM number of the shared PD_SCK pin
 * @param gain           input and gain of every chip (one clock, so one gain for all)
 * @param rateHz         the chips' data rate set by their RATE pin: 10 or 80
 * @param readyTimeoutMs how long a read waits for a chip to signal ready before its value is missing
 * @param chips          the chips in the order they are read
 * @param alarm          the alarm buzzer and light, or null when there are none
 * @param buttons        the acknowledge and client-stop buttons, or null when there are none
 */
public record GpioConfig(String source, Path tableFile, TableConfig table, int clockPin, Hx711Gain gain,
                         int rateHz, double readyTimeoutMs, List<ChipConfig> chips, AlarmPins alarm,
                         ButtonPins buttons) {

    public GpioConfig {
        chips = List.copyOf(chips);
    }

    public List<Integer> dataPins() {
        return chips.stream().map(ChipConfig::dataPin).toList();
    }

    /** For each chip, in chip order, the channel index of its cell in the table config. */
    public int[] channelOfChip() {
        return chips.stream().mapToInt(c -> table.indexOf(c.cellId())).toArray();
    }
}
