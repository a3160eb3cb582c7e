package dev.ashiatsu.dashboard.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.gpio.AlarmSignal;
import dev.ashiatsu.bridge.gpio.SignalOutputs;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.testing.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table's buzzer and light follow the live alarms of the real dashboard, acknowledgement included. */
class TableAlarmOutputTest {

    @TempDir
    Path data;

    /** A hand-written double of the two GPIO outputs that remembers every level it was set to. */
    private static final class RecordedOutputs implements SignalOutputs {
        final CopyOnWriteArrayList<String> changes = new CopyOnWriteArrayList<>();
        volatile boolean buzzer;
        volatile boolean light;

        @Override
        public void buzzer(boolean on) {
            buzzer = on;
            changes.add("buzzer " + on);
        }

        @Override
        public void light(boolean on) {
            light = on;
            changes.add("light " + on);
        }

        @Override
        public void close() {
            buzzer = false;
            light = false;
        }
    }

    @Test
    void buzzesForAnAlarmAndKeepsOnlyTheLightOnceAcknowledged() throws Exception {
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, t -> TestTable.script(t, 3000, 40));
        RecordedOutputs outputs = new RecordedOutputs();
        try (RunningDashboard running = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(),
                TestTable.practitioner(), true);
             TableAlarmOutput output = new TableAlarmOutput(running.dashboard().pipeline(),
                     new AlarmSignal(outputs, Clock.SYSTEM))) {
            output.start();
            assertTrue(outputs.changes.stream().noneMatch(c -> c.equals("buzzer true")), "quiet before any alarm");

            AcquisitionPipeline pipeline = running.dashboard().pipeline();
            Await.until(Duration.ofSeconds(20),
                    () -> pipeline.alarms().list().stream().anyMatch(l -> l.alarm().active()),
                    "an alarm is raised");
            Await.until(Duration.ofSeconds(20), () -> outputs.changes.contains("buzzer true"), "the buzzer sounds");

            for (AlarmBoard.ListedAlarm listed : pipeline.alarms().list()) {
                pipeline.acknowledge(listed.alarm().id()).get();
            }
            int seen = outputs.changes.size();
            Await.until(Duration.ofSeconds(20), () -> outputs.light && !outputs.buzzer && outputs.changes.size() > seen,
                    "light only once acknowledged");
        }
    }
}
