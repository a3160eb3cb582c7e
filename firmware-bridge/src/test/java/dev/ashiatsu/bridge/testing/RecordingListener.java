package dev.ashiatsu.bridge.testing;

import dev.ashiatsu.bridge.protocol.DecoderListener;
import dev.ashiatsu.bridge.protocol.DeviceEvent;
import dev.ashiatsu.bridge.protocol.Hello;
import dev.ashiatsu.bridge.protocol.InputLine;
import dev.ashiatsu.bridge.protocol.Rejection;
import dev.ashiatsu.core.Frame;
import java.util.ArrayList;
import java.util.List;

/** A listener that keeps everything it is told, in order. */
public final class RecordingListener implements DecoderListener {

    public final List<Frame> frames = new ArrayList<>();
    public final List<Hello> hellos = new ArrayList<>();
    public final List<DeviceEvent> events = new ArrayList<>();
    public final List<Rejection> rejections = new ArrayList<>();
    public final List<Integer> gaps = new ArrayList<>();
    public final List<InputLine> inputs = new ArrayList<>();
    public final List<Double> inputTimes = new ArrayList<>();
    public int resets;

    @Override
    public void frame(Frame frame) {
        frames.add(frame);
    }

    @Override
    public void hello(Hello hello) {
        hellos.add(hello);
    }

    @Override
    public void event(DeviceEvent event) {
        events.add(event);
    }

    @Override
    public void input(InputLine line, double tMs) {
        inputs.add(line);
        inputTimes.add(tMs);
    }

    @Override
    public void rejected(Rejection reason, String line) {
        rejections.add(reason);
    }

    @Override
    public void reset() {
        resets++;
    }

    @Override
    public void gap(int missing) {
        gaps.add(missing);
    }

    public double[] times() {
        return frames.stream().mapToDouble(Frame::tMs).toArray();
    }
}
