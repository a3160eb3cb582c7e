package dev.ashiatsu.bridge.gpio;

/**
 * Where the alarm buzzer and light are wired (BCM GPIO numbers).
 *
 * @param activeHigh true when driving the pin high switches the device on (the usual NPN transistor stage)
 */
public record AlarmPins(int buzzerPin, int lightPin, boolean activeHigh) {
}
