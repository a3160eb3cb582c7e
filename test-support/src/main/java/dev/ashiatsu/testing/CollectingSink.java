package dev.ashiatsu.testing;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.InputEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A sink that keeps a copy of every frame (sources may reuse their arrays), every button press and every
 * source event it gets; readable from any thread. {@link #await} takes frames in arrival order, each at
 * most once.
 */
public final class CollectingSink implements FrameSink {

    /** Every frame delivered, in order. */
    public final List<Frame> frames = new CopyOnWriteArrayList<>();
    /** Every source event delivered, in order. */
    public final List<String> events = new CopyOnWriteArrayList<>();
    /** Every button press delivered, in order. */
    public final List<InputEvent> inputs = new CopyOnWriteArrayList<>();
    /**
     * For each press in {@link #inputs}, how many frames had been delivered before it (the source delivers
     * frames and presses from one thread, so the count is exact).
     */
    public final List<Integer> framesBeforeInput = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<Frame> unread = new LinkedBlockingQueue<>();

    @Override
    public void accept(Frame frame) {
        Frame copy = new Frame(frame.tMs(), frame.values().clone(), frame.inKg());
        frames.add(copy);
        unread.add(copy);
    }

    @Override
    public void input(InputEvent event) {
        framesBeforeInput.add(frames.size());
        inputs.add(event);
    }

    @Override
    public void sourceEvent(String message) {
        events.add(message);
    }

    public boolean hasEventContaining(String text) {
        return events.stream().anyMatch(event -> event.contains(text));
    }

    /**
     * Waits up to {@code timeout} for {@code count} not yet awaited frames that are {@code wanted}, passing
     * over the others, and returns them; an {@link AssertionError} saying how many came otherwise.
     */
    public List<Frame> await(int count, Predicate<Frame> wanted, Duration timeout) throws InterruptedException {
        List<Frame> matched = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (matched.size() < count) {
            Frame frame = unread.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (frame == null) {
                throw new AssertionError("only " + matched.size() + " of " + count + " wanted frames in "
                        + timeout.toMillis() + " ms; " + frames.size() + " frames in all");
            }
            if (wanted.test(frame)) {
                matched.add(frame);
            }
        }
        return matched;
    }
}
