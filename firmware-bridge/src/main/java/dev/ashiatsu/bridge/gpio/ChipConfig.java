package dev.ashiatsu.bridge.gpio;

/**
 * One HX711 on the shared clock.
 *
 * @param cellId  the table config's cell this chip measures
 * @param dataPin the BCM GPIO number its DOUT is wired to
 */
public record ChipConfig(String cellId, int dataPin) {
}
