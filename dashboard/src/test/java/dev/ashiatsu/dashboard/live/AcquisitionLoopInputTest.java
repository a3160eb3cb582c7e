package dev.ashiatsu.dashboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.ManualClock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A button press is never dropped for a frame's sake: with the mailbox full it waits for room and arrives
 * after every frame before it; only a thread that takes nothing for {@value AcquisitionLoop#INPUT_WAIT_MS} ms
 * loses it, counted.
 */
class AcquisitionLoopInputTest {

    /** Holds the acquisition thread in its first frame until released; records what it handles. */
    static final class HeldHandler implements AcquisitionLoop.Handler {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch holding = new CountDownLatch(1);
        final List<String> handled = new CopyOnWriteArrayList<>();

        @Override
        public void frame(AcquisitionLoop.Mail.FrameArrived arrival) {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            handled.add("frame " + arrival.frame().tMs());
        }

        @Override
        public void input(InputEvent event) {
            handled.add(event.input() + " " + event.tMs());
        }

        @Override
        public void sourceNote(String text) {
        }

        @Override
        public void tick(long nowNanos, boolean framesWaiting) {
        }

        @Override
        public void fault(Throwable error) {
        }
    }

    /** Fills the mailbox behind a held first frame; returns the sink. */
    private static FrameSink fill(AcquisitionLoop loop, HeldHandler handler) throws InterruptedException {
        FrameSink sink = loop.sink();
        sink.accept(Frame.ofKg(0, new double[] {1}));
        handler.holding.await(5, TimeUnit.SECONDS);
        for (int i = 1; i <= AcquisitionLoop.MAILBOX_CAPACITY; i++) {
            sink.accept(Frame.ofKg(i, new double[] {1}));
        }
        return sink;
    }

    @Test
    void aPressWaitsForRoomInAFullMailboxAndArrivesAfterTheFramesBeforeIt() throws Exception {
        HeldHandler handler = new HeldHandler();
        try (AcquisitionLoop loop = new AcquisitionLoop(new ManualClock(), handler)) {
            loop.start();
            FrameSink sink = fill(loop, handler);
            sink.accept(Frame.ofKg(99_999, new double[] {1}));
            assertEquals(1, loop.framesDropped(), "a frame finding the mailbox full is dropped");

            CompletableFuture<Void> pressed = CompletableFuture.runAsync(
                    () -> sink.input(new InputEvent(9000, Input.CLIENT_STOP)));
            handler.release.countDown();
            pressed.get(5, TimeUnit.SECONDS);
            Await.until(() -> handler.handled.size() == AcquisitionLoop.MAILBOX_CAPACITY + 2,
                    "every frame and the press handled");

            assertEquals("CLIENT_STOP 9000.0", handler.handled.get(handler.handled.size() - 1));
            assertEquals("frame " + (double) AcquisitionLoop.MAILBOX_CAPACITY,
                    handler.handled.get(handler.handled.size() - 2), "after the last frame queued before it");
            assertEquals(0, loop.inputsLost());
        }
    }

    @Test
    void aPressIsLostAndCountedOnlyWhenTheThreadTakesNothingForTheWholeWait() throws Exception {
        HeldHandler handler = new HeldHandler();
        try (AcquisitionLoop loop = new AcquisitionLoop(new ManualClock(), handler)) {
            loop.start();
            FrameSink sink = fill(loop, handler);
            sink.input(new InputEvent(9000, Input.ACKNOWLEDGE));
            assertEquals(1, loop.inputsLost());
            handler.release.countDown();
        }
    }
}
