package dev.ashiatsu.dashboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.ManualClock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alarms of a live session across a recalibration and a new session, recorded into a real journal:
 * the practitioner goes over the client's limit in 10 s cycles (over from about 5 s, off from 7 s).
 */
class LiveSessionAlarmsTest {

    static final double PERIOD_MS = 12.5;
    static final double CYCLE_MS = 10_000;

    @TempDir
    Path dir;
    final ManualClock clock = new ManualClock();
    final AcquisitionPipelineTest.HandSource source = new AcquisitionPipelineTest.HandSource();
    SessionStore store;
    JournalRecorder recorder;
    AcquisitionPipeline pipeline;
    long fed;

    void start() {
        store = new SessionStore(dir);
        recorder = new JournalRecorder(store);
        pipeline = new AcquisitionPipeline(source, TestTable.table(), TestTable.client(), TestTable.practitioner(),
                recorder, clock, LiveListener.NONE);
        pipeline.start();
    }

    @AfterEach
    void stop() {
        pipeline.close();
        recorder.close();
    }

    /** Feeds the cycling script up to {@code untilMs} and waits until every frame is processed. */
    void feedUntil(double untilMs) throws InterruptedException {
        while (fed * PERIOD_MS < untilMs) {
            double tMs = fed * PERIOD_MS;
            double[] kg = TestTable.looping(tMs, 3000, 40, CYCLE_MS);
            double[] raw = new double[kg.length];
            for (int c = 0; c < raw.length; c++) {
                raw[c] = TestTable.table().cells().get(c).toRaw(kg[c]);
            }
            source.sink.accept(Frame.ofRaw(tMs, raw));
            fed++;
        }
        long frames = fed;
        Await.until(AcquisitionPipelineTest.WAIT, () -> pipeline.latest() != null && pipeline.latest().seq() == frames,
                frames + " frames processed");
    }

    List<AlarmEvent> listed(AlarmType type) {
        return pipeline.alarms().list().stream().map(AlarmBoard.ListedAlarm::alarm).filter(a -> a.type() == type).toList();
    }

    /** The same cells with a slightly different calibration: what saving a calibration does. */
    static TableConfig recalibrated() {
        TableConfig table = TestTable.table();
        List<CellConfig> cells = table.cells().stream()
                .map(c -> c.withCalibration(c.offset() + 1, c.countsPerKg())).collect(Collectors.toList());
        return table.withCells(cells);
    }

    @Test
    void alarmIdsStayUniqueAndEveryAlarmEndsInTheJournalAcrossARecalibration() throws Exception {
        start();
        String id = pipeline.startSession(TestTable.client(), TestTable.practitioner()).get(5, TimeUnit.SECONDS).sessionId();
        feedUntil(6000);
        AlarmEvent first = listed(AlarmType.OVER_LIMIT).get(0);
        assertTrue(first.active(), "over the limit at 6 s");

        ExecutionException loaded = assertThrows(ExecutionException.class,
                () -> pipeline.replaceTable(recalibrated()).get(5, TimeUnit.SECONDS));
        assertInstanceOf(TareRefused.class, loaded.getCause(), "no new calibration while LOADED");
        assertTrue(listed(AlarmType.OVER_LIMIT).get(0).active(), "the refused recalibration changed nothing");

        feedUntil(8000);
        clock.advanceMs(400);
        Await.until(AcquisitionPipelineTest.WAIT, () -> !listed(AlarmType.SIGNAL_LOSS).isEmpty(), "signal loss raised");
        AlarmEvent loss = listed(AlarmType.SIGNAL_LOSS).get(0);
        pipeline.replaceTable(recalibrated()).get(5, TimeUnit.SECONDS);
        AlarmEvent kept = listed(AlarmType.OVER_LIMIT).get(0);
        assertEquals(first.id(), kept.id(), "an unacknowledged HIGH alarm stays listed after a recalibration");
        assertFalse(kept.active(), "ended when the practitioner stepped off at 7 s");

        feedUntil(16_000);
        List<AlarmEvent> overLimit = listed(AlarmType.OVER_LIMIT);
        assertEquals(2, overLimit.size(), overLimit.toString());
        AlarmEvent second = overLimit.stream().filter(AlarmEvent::active).findFirst().orElseThrow();
        assertTrue(second.id() > first.id(), "the new monitor continues the numbering: " + overLimit);
        assertTrue(pipeline.alarms().acknowledge(first.id()));
        assertEquals(1, listed(AlarmType.OVER_LIMIT).size(), "acknowledged, the ended alarm leaves");

        pipeline.stopSession().get(5, TimeUnit.SECONDS);
        recorder.close();
        List<AlarmEvent> journal = store.load(id).alarms();
        assertEquals(journal.size(), journal.stream().map(AlarmEvent::id).distinct().count(), journal.toString());
        List<AlarmEvent> recordedOver = journal.stream().filter(a -> a.type() == AlarmType.OVER_LIMIT).toList();
        assertEquals(List.of(first.id(), second.id()), recordedOver.stream().map(AlarmEvent::id).toList());
        for (AlarmEvent alarm : journal) {
            assertNotNull(alarm.endMs(), "every alarm has its end in the journal: " + alarm);
            assertTrue(alarm.endMs() >= alarm.startMs(), "no end before its start: " + alarm);
        }
        AlarmEvent recordedLoss = journal.stream().filter(a -> a.id() == loss.id()).findFirst().orElseThrow();
        assertEquals(loss.startMs(), recordedLoss.endMs(), 1e-9, "the signal loss ended at the recalibration");
        assertEquals((fed - 1) * PERIOD_MS, recordedOver.get(1).endMs(), 1e-9, "ended when the session stopped");
    }

    @Test
    void aNewSessionListsNoEndedAlarmOfTheSessionBefore() throws Exception {
        start();
        pipeline.startSession(TestTable.client(), TestTable.practitioner()).get(5, TimeUnit.SECONDS);
        feedUntil(9000);
        AlarmEvent ended = listed(AlarmType.OVER_LIMIT).get(0);
        assertFalse(ended.active(), "the practitioner stepped off at 7 s");

        String second = pipeline.startSession(TestTable.client(), TestTable.practitioner()).get(5, TimeUnit.SECONDS)
                .sessionId();
        assertTrue(listed(AlarmType.OVER_LIMIT).isEmpty(), "the last client's alarm is not this client's");
        feedUntil(16_000);
        AlarmEvent now = listed(AlarmType.OVER_LIMIT).get(0);
        assertTrue(now.active() && now.id() > ended.id(), now.toString());
        pipeline.stopSession().get(5, TimeUnit.SECONDS);
        recorder.close();
        List<AlarmEvent> journal = store.load(second).alarms();
        assertTrue(journal.stream().noneMatch(a -> a.id() == ended.id()), journal.toString());
        assertTrue(journal.stream().anyMatch(a -> a.id() == now.id() && a.endMs() != null), journal.toString());
    }

    @Test
    void aSignalLossActiveWhenTheSessionStopsEndsInTheJournalNoEarlierThanItBegan() throws Exception {
        start();
        String id = pipeline.startSession(TestTable.client(), TestTable.practitioner()).get(5, TimeUnit.SECONDS).sessionId();
        feedUntil(2000);
        clock.advanceMs(400);
        Await.until(AcquisitionPipelineTest.WAIT, () -> !listed(AlarmType.SIGNAL_LOSS).isEmpty(), "signal loss raised");
        pipeline.stopSession().get(5, TimeUnit.SECONDS);
        assertTrue(listed(AlarmType.SIGNAL_LOSS).get(0).active(), "monitoring goes on: the loss is still listed");
        recorder.close();
        AlarmEvent loss = store.load(id).alarms().stream().filter(a -> a.type() == AlarmType.SIGNAL_LOSS)
                .findFirst().orElseThrow();
        assertNotNull(loss.endMs(), "ended in the journal when the session stopped");
        assertEquals(loss.startMs(), loss.endMs(), 1e-9, "no earlier than it began");
    }
}
