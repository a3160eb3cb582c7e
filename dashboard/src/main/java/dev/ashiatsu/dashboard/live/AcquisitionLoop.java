package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.InputEvent;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acquisition thread and its two bounded inboxes:
 * <pre>
 *   source thread --Mail (FrameArrived, InputArrived, SourceNote)--> mailbox ({@value #MAILBOX_CAPACITY}; a frame that
 *                     finds it full is dropped and counted; a button press waits up to {@value #INPUT_WAIT_MS} ms for room)
 *   web threads   --commands--> command lane ({@value #COMMAND_CAPACITY}; full: the command fails at once, "busy")
 *   acquisition thread: every waiting command first, then the next mail, then a tick every {@value #TICK_PERIOD_MS} ms
 * </pre>
 * Commands never wait behind queued frames: a command wakes the thread with a {@link Mail.Wake} (which may
 * be dropped when the mailbox is full; the thread is busy then and takes the command at its next turn).
 * A throw while handling mail goes to {@link Handler#fault} and the loop goes on: it never stops on its own.
 */
final class AcquisitionLoop implements AutoCloseable {

    static final int MAILBOX_CAPACITY = 8192;
    static final int COMMAND_CAPACITY = 64;
    static final long TICK_PERIOD_MS = 100;
    /** How long a button press waits for room in a full mailbox before it is logged as lost (ms). */
    static final long INPUT_WAIT_MS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(AcquisitionLoop.class);

    /** What the source thread posts. */
    sealed interface Mail {
        /** A frame as it entered the server (a copy: sources may reuse their arrays), with its arrival stamps. */
        record FrameArrived(Frame frame, long epochUs, long nanos) implements Mail {
        }

        /** A button pressed at the table, in order with the frames around it. */
        record InputArrived(InputEvent event) implements Mail {
        }

        /** A source's own message (reconnects and the like), for the session log. */
        record SourceNote(String text) implements Mail {
        }

        /** Nothing to do but look at the command lane. */
        record Wake() implements Mail {
        }
    }

    /** What the loop drives; every call is on the acquisition thread. */
    interface Handler {
        void frame(Mail.FrameArrived arrival);

        /** A button press, after every frame that came before it. */
        void input(InputEvent event);

        void sourceNote(String text);

        /**
         * Every {@value #TICK_PERIOD_MS} ms (on the injected clock).
         *
         * @param framesWaiting frames still queued: the thread is behind, the signal is not lost
         */
        void tick(long nowNanos, boolean framesWaiting);

        /** A throw while handling mail: report it. */
        void fault(Throwable error);
    }

    private static final Mail WAKE = new Mail.Wake();

    private final Clock clock;
    private final Handler handler;
    private final BlockingQueue<Mail> mailbox = new ArrayBlockingQueue<>(MAILBOX_CAPACITY);
    private final BlockingQueue<Command<?>> commands = new ArrayBlockingQueue<>(COMMAND_CAPACITY);
    private final AtomicInteger framesQueued = new AtomicInteger();
    private final AtomicLong framesIn = new AtomicLong();
    private final AtomicLong framesDropped = new AtomicLong();
    private final AtomicLong inputsLost = new AtomicLong();
    private final Thread thread;
    private volatile long lastFrameNanos = -1;
    private volatile boolean running;

    AcquisitionLoop(Clock clock, Handler handler) {
        this.clock = clock;
        this.handler = handler;
        this.thread = new Thread(this::run, "acquisition");
        this.thread.setDaemon(true);
    }

    void start() {
        running = true;
        thread.start();
    }

    /** Runs {@code work} on the acquisition thread; fails at once when the lane is full or the loop stopped. */
    <T> CompletableFuture<T> submit(Callable<T> work) {
        Command<T> command = new Command<>(work, new CompletableFuture<>());
        if (!running) {
            command.refuse("the acquisition pipeline is not running");
        } else if (!commands.offer(command)) {
            command.refuse("the acquisition thread has " + COMMAND_CAPACITY + " commands waiting, try again");
        } else {
            mailbox.offer(WAKE);
        }
        return command.result();
    }

    /** A piece of work for the acquisition thread and the future its caller waits on. */
    private record Command<T>(Callable<T> work, CompletableFuture<T> result) {
        void run() {
            try {
                result.complete(work.call());
            } catch (Exception | AssertionError e) {
                result.completeExceptionally(e);
            }
        }

        void refuse(String why) {
            result.completeExceptionally(new IllegalStateException(why));
        }
    }

    /** The sink the source feeds, on its own thread. */
    FrameSink sink() {
        return new FrameSink() {
            @Override
            public void accept(Frame frame) {
                long nanos = clock.nanoTime();
                Mail.FrameArrived arrival = new Mail.FrameArrived(
                        new Frame(frame.tMs(), frame.values().clone(), frame.inKg()), clock.epochMicros(), nanos);
                framesIn.incrementAndGet();
                lastFrameNanos = nanos;
                if (mailbox.offer(arrival)) {
                    framesQueued.incrementAndGet();
                } else {
                    framesDropped.incrementAndGet();
                }
            }

            /** A press is never dropped for a frame's sake: it waits for room (the thread is behind, not gone). */
            @Override
            public void input(InputEvent event) {
                try {
                    if (mailbox.offer(new Mail.InputArrived(event), INPUT_WAIT_MS, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inputsLost.incrementAndGet();
                LOG.error("a {} press at {} ms was lost: the acquisition thread took nothing for {} ms",
                        event.input(), event.tMs(), INPUT_WAIT_MS);
            }

            @Override
            public void sourceEvent(String message) {
                LOG.info("source: {}", message);
                mailbox.offer(new Mail.SourceNote(message));
            }
        };
    }

    long framesIn() {
        return framesIn.get();
    }

    long framesDropped() {
        return framesDropped.get();
    }

    /** Button presses that found the mailbox full for {@value #INPUT_WAIT_MS} ms. */
    long inputsLost() {
        return inputsLost.get();
    }

    /** When the last frame entered the server ({@link Clock#nanoTime()}), or -1 before the first. */
    long lastFrameNanos() {
        return lastFrameNanos;
    }

    private void run() {
        long nextTick = clock.nanoTime();
        while (running) {
            try {
                Command<?> command;
                while ((command = commands.poll()) != null) {
                    command.run();
                }
                Mail mail = mailbox.poll(TICK_PERIOD_MS / 2, TimeUnit.MILLISECONDS);
                if (mail instanceof Mail.FrameArrived arrival) {
                    framesQueued.decrementAndGet();
                    handler.frame(arrival);
                } else if (mail instanceof Mail.InputArrived press) {
                    handler.input(press.event());
                } else if (mail instanceof Mail.SourceNote note) {
                    handler.sourceNote(note.text());
                }
                long now = clock.nanoTime();
                if (now - nextTick >= 0) {
                    handler.tick(now, framesQueued.get() > 0);
                    nextTick = now + TimeUnit.MILLISECONDS.toNanos(TICK_PERIOD_MS);
                }
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                // Monitoring never stops on its own: report the fault and go on with the next mail.
                handler.fault(e);
            }
        }
    }

    /**
     * Runs {@code last} on the acquisition thread if it still runs (waiting up to 2 s; a failure is logged),
     * then closes.
     */
    void closeAfter(Callable<?> last) {
        if (running) {
            try {
                submit(last).get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("could not finish cleanly before stopping: {}", e.toString());
            }
        }
        close();
    }

    /** Stops the thread (commands still waiting fail); waits up to 2 s for it. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Command<?> left;
        while ((left = commands.poll()) != null) {
            left.refuse("the acquisition pipeline stopped");
        }
    }
}
