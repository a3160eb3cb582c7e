package dev.ashiatsu.bridge.gpio;

import static org.junit.jupiter.api.Assertions.fail;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.InputEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A sink that keeps copies of the frames, the button presses and the events, with a wait for a frame that matches. */
final class RecordingSink implements FrameSink {

    final LinkedBlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    final List<Frame> seen = new CopyOnWriteArrayList<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<InputEvent> inputs = new CopyOnWriteArrayList<>();
    /** For each press, the time of the last frame before it (NaN if none). */
    final List<Double> frameMsBeforeInput = new CopyOnWriteArrayList<>();

    @Override
    public void accept(Frame frame) {
        Frame copy = new Frame(frame.tMs(), frame.values().clone(), frame.inKg());
        seen.add(copy);
        frames.add(copy);
    }

    @Override
    public void input(InputEvent event) {
        frameMsBeforeInput.add(seen.isEmpty() ? Double.NaN : seen.get(seen.size() - 1).tMs());
        inputs.add(event);
    }

    @Override
    public void sourceEvent(String message) {
        events.add(message);
    }

    /** Waits (up to 5 s) for {@code count} frames that match, skipping others. */
    List<Frame> await(int count, Predicate<Frame> wanted) throws InterruptedException {
        List<Frame> matched = new CopyOnWriteArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (matched.size() < count) {
            Frame frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (frame == null) {
                return fail("only " + matched.size() + " of " + count + " wanted frames in 5 s; " + seen.size() + " frames in all");
            }
            if (wanted.test(frame)) {
                matched.add(frame);
            }
        }
        return matched;
    }
}
