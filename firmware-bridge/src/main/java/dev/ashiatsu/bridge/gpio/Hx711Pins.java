package dev.ashiatsu.bridge.gpio;

/**
 * The pins of HX711 chips that share one clock: PD_SCK, driven by the host, and one DOUT per chip, read
 * by the host. The bit-banging in {@link Hx711Array} talks only to this, so it runs against Pi4J on a Pi,
 * Pi4J's mock platform in tests, or anything else with two kinds of pin.
 *
 * <p>Threading: used by one reading thread only. Each call must return quickly (microseconds): the chips
 * power down when the clock stays high longer than 60 us.
 */
public interface Hx711Pins extends AutoCloseable {

    int chipCount();

    /** Drives the shared clock (PD_SCK) high or low. */
    void clock(boolean high);

    /** True when chip {@code chip}'s DOUT reads high (before a read: not ready). */
    boolean dataHigh(int chip);

    /** Releases the pins; the clock is left low so the chips keep converting. */
    @Override
    default void close() {
    }
}
