package dev.ashiatsu.bridge.protocol;

import dev.ashiatsu.core.Frame;
import java.util.ArrayList;
import java.util.List;

/** A listener that keeps everything it is told, in order. */
final class RecordingListener implements DecoderListener {

    final List<Frame> frames = new ArrayList<>();
    final List<Hello> hellos = new ArrayList<>();
    final List<DeviceEvent> events = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<Integer> gaps = new ArrayList<>();
    int resets;

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

    double[] times() {
        return frames.stream().mapToDouble(Frame::tMs).toArray();
    }
}
