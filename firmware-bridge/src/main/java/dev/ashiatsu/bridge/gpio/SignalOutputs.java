package dev.ashiatsu.bridge.gpio;

/** The two alarm devices. Calls come from one thread at a time (the {@link AlarmSignal} serialises them). */
public interface SignalOutputs extends AutoCloseable {

    void buzzer(boolean on);

    void light(boolean on);

    /** Switches both off and releases them. */
    @Override
    void close();
}
