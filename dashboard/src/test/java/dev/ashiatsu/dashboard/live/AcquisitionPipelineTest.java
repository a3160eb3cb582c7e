package dev.ashiatsu.dashboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.FrameSource;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.source.SourceHealth;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.SessionRecorder;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AcquisitionPipelineTest {

    /** A source the test drives frame by frame. */
    static final class HandSource implements FrameSource {
        volatile FrameSink sink;

        @Override
        public String description() {
            return "by hand";
        }

        @Override
        public void start(FrameSink frameSink) {
            sink = frameSink;
        }

        @Override
        public SourceHealth health() {
            return new SourceHealth("running", InputCounters.NONE, 80, null);
        }

        @Override
        public void close() {
        }
    }

    /** Records nothing and fails at everything, as a broken disk would. */
    static final class BrokenRecorder implements SessionRecorder {
        @Override
        public String begin(SessionInfo info) {
            return "s1";
        }

        @Override
        public void frame(Frame frame, Estimate estimate) {
            throw new IllegalStateException("disk on fire");
        }

        @Override
        public void alarm(AlarmEvent alarm) {
        }

        @Override
        public void note(double tMs, String text) {
        }

        @Override
        public void end(double tMs) {
        }

        @Override
        public String fault() {
            return "journal: disk full";
        }

        @Override
        public void close() {
        }
    }

    static final Duration WAIT = Duration.ofSeconds(5);

    final ManualClock clock = new ManualClock();
    final HandSource source = new HandSource();
    final List<AlarmEvent> changes = new CopyOnWriteArrayList<>();
    AcquisitionPipeline pipeline;

    /** Holds the acquisition thread inside its first frame until released. */
    final CountDownLatch firstFrameHeld = new CountDownLatch(1);
    final CountDownLatch releaseFirstFrame = new CountDownLatch(1);
    volatile boolean holdFirstFrame;

    AcquisitionPipeline start(SessionRecorder recorder) {
        pipeline = new AcquisitionPipeline(source, TestTable.table(), TestTable.client(), TestTable.practitioner(),
                recorder, clock, new LiveListener() {
                    @Override
                    public void frameProcessed() {
                        if (holdFirstFrame && firstFrameHeld.getCount() > 0) {
                            firstFrameHeld.countDown();
                            try {
                                releaseFirstFrame.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                    }

                    @Override
                    public void alarmChanged(AlarmEvent alarm) {
                        changes.add(alarm);
                    }

                    @Override
                    public void sessionEvent(SessionEvent event) {
                    }

                    @Override
                    public void contextChanged() {
                    }
                });
        pipeline.start();
        return pipeline;
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    void feed(int frames) {
        for (int i = 0; i < frames; i++) {
            double tMs = i * 12.5;
            double[] raw = new double[6];
            double[] kg = TestTable.script(tMs, 1e9, 0);
            for (int c = 0; c < raw.length; c++) {
                raw[c] = TestTable.table().cells().get(c).toRaw(kg[c]);
            }
            source.sink.accept(Frame.ofRaw(tMs, raw));
        }
    }


    @Test
    void watchdogRaisesSignalLossWhenFramesStopOnTheInjectedClock() throws Exception {
        start(null);
        feed(80);
        Await.until(WAIT, () -> pipeline.latest() != null && pipeline.latest().seq() == 80, "80 frames processed");
        assertTrue(changes.stream().noneMatch(a -> a.type() == AlarmType.SIGNAL_LOSS));
        clock.advanceMs(300);
        Await.until(WAIT, () -> changes.stream().anyMatch(a -> a.type() == AlarmType.SIGNAL_LOSS && a.active()),
                "signal loss raised");
        assertTrue(pipeline.alarms().list().stream().anyMatch(a -> a.alarm().type() == AlarmType.SIGNAL_LOSS));
        assertTrue(pipeline.health().lastFrameAgeMs() >= 300);
    }

    @Test
    void aFailingRecorderIsATechnicalFaultAndMonitoringGoesOn() throws Exception {
        start(new BrokenRecorder());
        pipeline.startSession(TestTable.client(), TestTable.practitioner()).get(5, TimeUnit.SECONDS);
        feed(40);
        Await.until(WAIT, () -> pipeline.latest() != null && pipeline.latest().seq() == 40,
                "40 frames processed despite the recorder");
        clock.advanceMs(200);
        Await.until(WAIT, () -> pipeline.health().faults().stream().anyMatch(f -> f.contains("disk full")),
                "recorder fault reported");
        List<String> faults = pipeline.health().faults();
        assertTrue(faults.stream().anyMatch(f -> f.contains("disk on fire")), faults.toString());
        assertTrue(pipeline.sessionLog().list().stream().anyMatch(e -> e.kind().equals("fault")));
        assertEquals("s1", pipeline.session().sessionId());
    }

    @Test
    void aCommandRunsAheadOfAFullMailboxOfFramesWhichAreDroppedAndCounted() throws Exception {
        holdFirstFrame = true;
        start(null);
        feed(1);
        assertTrue(firstFrameHeld.await(5, TimeUnit.SECONDS), "the acquisition thread took the first frame");
        feed(AcquisitionLoop.MAILBOX_CAPACITY + 100);
        assertEquals(100, pipeline.health().framesDropped(), "frames beyond the mailbox are dropped and counted");

        var command = pipeline.overridePhase(dev.ashiatsu.core.Phase.CLIENT);
        // Read on the acquisition thread as the command completes: read here afterwards, the thread would
        // have gone on through the queued frames meanwhile.
        CompletableFuture<Long> processedWhenCommandRan = command.thenApply(done -> pipeline.latest().seq());
        releaseFirstFrame.countDown();
        long processedWhenDone = processedWhenCommandRan.get(5, TimeUnit.SECONDS);
        assertTrue(processedWhenDone < 100, "the command waited for " + processedWhenDone
                + " frames, not for the " + AcquisitionLoop.MAILBOX_CAPACITY + " queued");
        Await.until(WAIT, () -> pipeline.latest().seq() == AcquisitionLoop.MAILBOX_CAPACITY + 1,
                "every queued frame processed");
    }

    @Test
    void ignoresFramesOfTheWrongWidthAndSaysWhy() throws Exception {
        start(null);
        source.sink.accept(Frame.ofRaw(0, 1, 2, 3));
        Await.until(WAIT, () -> pipeline.health().faults().stream().anyMatch(f -> f.contains("3 channels")),
                "width fault");
        feed(5);
        Await.until(WAIT, () -> pipeline.latest() != null && pipeline.latest().seq() == 5,
                "good frames still processed");
    }
}
