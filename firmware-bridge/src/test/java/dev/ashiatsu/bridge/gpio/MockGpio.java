package dev.ashiatsu.bridge.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

/** A Pi4J context on the mock platform only, with typed look-ups of the I/O the code under test created. */
final class MockGpio implements AutoCloseable {

    final Context pi4j = Pi4J.newContextBuilder()
            .noAutoDetect()
            .add(new MockPlatform())
            .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
            .build();

    MockDigitalOutput output(String id) {
        return (MockDigitalOutput) pi4j.registry().get(id);
    }

    MockDigitalInput input(String id) {
        return (MockDigitalInput) pi4j.registry().get(id);
    }

    @Override
    public void close() {
        pi4j.shutdown();
    }
}
