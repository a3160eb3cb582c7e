package dev.ashiatsu.dashboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.ManualClock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table's buttons through the live path into a real journal: presses travel the mailbox in order with
 * the frames; the stop is listed with what it recorded; acknowledging it (button or page) ends it.
 * The practitioner puts 20 kg on the client's thigh from 3 s on (limit 30 kg).
 */
class LiveSessionPressesTest {

    static final double PERIOD_MS = 12.5;

    @TempDir
    Path dir;
    final ManualClock clock = new ManualClock();
    final AcquisitionPipelineTest.HandSource source = new AcquisitionPipelineTest.HandSource();
    final List<String> acknowledgements = new CopyOnWriteArrayList<>();
    SessionStore store;
    JournalRecorder recorder;
    AcquisitionPipeline pipeline;
    String sessionId;
    long fed;

    @BeforeEach
    void start() throws Exception {
        store = new SessionStore(dir);
        recorder = new JournalRecorder(store);
        LiveListener listener = new LiveListener() {
            @Override
            public void alarmChanged(AlarmEvent alarm) {
            }

            @Override
            public void alarmAcknowledged(AlarmEvent alarm, double tMs, String by) {
                acknowledgements.add(alarm.type() + " " + alarm.id() + " at " + tMs + " by " + by);
            }

            @Override
            public void sessionEvent(SessionEvent event) {
            }

            @Override
            public void contextChanged() {
            }
        };
        pipeline = new AcquisitionPipeline(source, TestTable.table(), TestTable.client(), TestTable.practitioner(),
                recorder, clock, listener);
        pipeline.start();
        sessionId = pipeline.startSession(TestTable.client(), TestTable.practitioner()).get(5, TimeUnit.SECONDS).sessionId();
    }

    @AfterEach
    void stop() {
        pipeline.close();
        recorder.close();
    }

    /** Feeds frames up to {@code untilMs} without waiting for them to be processed. */
    void feedUntil(double untilMs) {
        while (fed * PERIOD_MS < untilMs) {
            double tMs = fed * PERIOD_MS;
            double[] kg = TestTable.script(tMs, 3000, 20);
            double[] raw = new double[kg.length];
            for (int c = 0; c < raw.length; c++) {
                raw[c] = TestTable.table().cells().get(c).toRaw(kg[c]);
            }
            source.sink.accept(Frame.ofRaw(tMs, raw));
            fed++;
        }
    }

    double lastFedMs() {
        return (fed - 1) * PERIOD_MS;
    }

    AlarmEvent listedStop() throws InterruptedException {
        Await.until(() -> pipeline.alarms().list().stream()
                .anyMatch(a -> a.alarm().type() == AlarmType.CLIENT_STOP), "CLIENT_STOP listed");
        return pipeline.alarms().list().stream().map(AlarmBoard.ListedAlarm::alarm)
                .filter(a -> a.type() == AlarmType.CLIENT_STOP).findFirst().orElseThrow();
    }

    SessionData journal() throws Exception {
        pipeline.stopSession().get(5, TimeUnit.SECONDS);
        recorder.close();
        return store.load(sessionId);
    }

    @Test
    void aStopPressedBehindQueuedFramesRecordsTheirLoadAndTheButtonEndsIt() throws Exception {
        feedUntil(6000);
        double pressMs = lastFedMs() + 5;
        source.sink.input(new InputEvent(pressMs, Input.CLIENT_STOP));
        feedUntil(6500);

        AlarmEvent stop = listedStop();
        assertEquals(pressMs, stop.startMs());
        assertEquals(Zone.THIGH, stop.zone());
        assertNotNull(stop.press());
        assertEquals(20, stop.press().appliedKg(), 0.05, "the load of the frames before the press, processed first");
        assertEquals(20.0 / TestTable.PRACTITIONER_KG, stop.press().fraction(), 0.01);
        double[] history = stop.press().historyKg();
        assertEquals(20, history[history.length - 1], 0.05);
        assertEquals(0, history[0], 0.05, "5 s before the press the practitioner was not on the client");

        double ackMs = lastFedMs() + 3;
        source.sink.input(new InputEvent(ackMs, Input.ACKNOWLEDGE));
        Await.until(() -> pipeline.alarms().list().isEmpty(), "the acknowledged stop leaves the list");
        assertEquals(List.of("CLIENT_STOP " + stop.id() + " at " + ackMs + " by button"), acknowledgements);
        assertTrue(pipeline.sessionLog().list().stream()
                .anyMatch(e -> e.text().equals("alarm " + stop.id() + " (CLIENT_STOP) acknowledged at the table")));

        SessionData journal = journal();
        AlarmEvent recorded = journal.alarms().stream().filter(a -> a.id() == stop.id()).findFirst().orElseThrow();
        assertEquals(ackMs, recorded.endMs(), "the journal's stop ends at the acknowledgement");
        assertEquals(stop.press(), recorded.press(), "the press and its 5 s of load are in the journal");
        List<Note> notes = journal.notes();
        assertTrue(notes.stream().anyMatch(n -> n.tMs() == ackMs && n.text().contains("acknowledged at the table")),
                notes.toString());
    }

    @Test
    void thePageAcknowledgesAStopThroughTheSamePath() throws Exception {
        feedUntil(5000);
        source.sink.input(new InputEvent(lastFedMs(), Input.CLIENT_STOP));
        feedUntil(5500);
        AlarmEvent stop = listedStop();
        // A command jumps the queued frames: wait for the last one so the page acknowledges after it.
        Await.until(() -> pipeline.latest() != null && pipeline.latest().estimate().tMs() == lastFedMs(),
                "every fed frame processed");

        assertTrue(pipeline.acknowledge(stop.id()).get(5, TimeUnit.SECONDS));
        assertTrue(pipeline.alarms().list().isEmpty(), "acknowledged, the stop ended and left the list");
        assertEquals(1, acknowledgements.size());
        assertTrue(acknowledgements.get(0).endsWith("by page"), acknowledgements.toString());

        AlarmEvent recorded = journal().alarms().stream().filter(a -> a.id() == stop.id()).findFirst().orElseThrow();
        assertEquals(lastFedMs(), recorded.endMs(), "ended at the last frame before the page's acknowledgement");
    }

    @Test
    void anAcknowledgeWithNothingActiveIsLoggedAndNoted() throws Exception {
        feedUntil(2000);
        double pressMs = lastFedMs();
        source.sink.input(new InputEvent(pressMs, Input.ACKNOWLEDGE));
        Await.until(() -> pipeline.sessionLog().list().stream()
                .anyMatch(e -> e.text().startsWith("acknowledge pressed at the table")), "the press logged");
        assertTrue(acknowledgements.isEmpty());
        assertFalse(journal().notes().stream().noneMatch(n -> n.tMs() == pressMs), "the press is in the journal");
    }
}
