package dev.ashiatsu.dashboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.gpio.AlarmPattern;
import dev.ashiatsu.bridge.gpio.AlarmSignal;
import dev.ashiatsu.bridge.gpio.GuidePattern;
import dev.ashiatsu.bridge.gpio.SignalOutputs;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.SteeredLoad;
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

            int seen = outputs.changes.size();
            for (AlarmBoard.ListedAlarm listed : pipeline.alarms().list()) {
                pipeline.acknowledge(listed.alarm().id()).get();
            }
            Await.until(Duration.ofSeconds(20), () -> outputs.light && !outputs.buzzer && outputs.changes.size() > seen,
                    "light only once acknowledged");
        }
    }

    @Test
    void theLoadGuideTicksOnTheBuzzerOnceSwitchedOnAndNeverLightsTheLight() throws Exception {
        SteeredLoad load = new SteeredLoad();
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, load);
        RecordedOutputs outputs = new RecordedOutputs();
        AlarmSignal signal = new AlarmSignal(outputs, Clock.SYSTEM);
        try (RunningDashboard running = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(),
                TestTable.practitioner(), true);
             TableAlarmOutput output = new TableAlarmOutput(running.dashboard().pipeline(), signal)) {
            output.start();
            AcquisitionPipeline pipeline = running.dashboard().pipeline();
            Await.until(Duration.ofSeconds(20), () -> pipeline.latest() != null && pipeline.latest().estimate().baselineKg() != null,
                    "the client's baseline is captured");
            load.steer(0.6 * TestTable.LIMIT_KG, TestTable.LOAD_X_CM);
            Await.until(Duration.ofSeconds(20), () -> pipeline.latest() != null && pipeline.latest().estimate().appliedKg() > 0.55 * TestTable.LIMIT_KG,
                    "the load reaches 55 % of the limit");
            assertTrue(outputs.changes.stream().noneMatch(c -> c.equals("buzzer true")), "no guide before it is switched on");

            var answer = running.send("PUT", "/api/session/guide", "{\"enabled\":true,\"fromShare\":0.3}");
            assertEquals(200, answer.statusCode(), answer.body());
            Await.until(Duration.ofSeconds(20), () -> signal.guidePeriodMs() > 0, "the guide's period reaches the signal");
            long period = signal.guidePeriodMs();
            assertTrue(period > GuidePattern.FASTEST_PERIOD_MS && period < GuidePattern.SLOWEST_PERIOD_MS,
                    "a rate between the slowest and the fastest at about 60 % of the limit: " + period);
            Await.until(Duration.ofSeconds(20), () -> outputs.changes.stream().filter(c -> c.equals("buzzer true")).count() >= 3, "three ticks");
            assertTrue(outputs.changes.stream().noneMatch(c -> c.equals("light true")), "the guide never lights the light");

            answer = running.send("PUT", "/api/session/guide", "{\"enabled\":false,\"fromShare\":0.3}");
            assertEquals(200, answer.statusCode(), answer.body());
            Await.until(Duration.ofSeconds(20), () -> signal.guidePeriodMs() == 0, "silent once switched off");
        }
    }

    @Test
    void alarmsAndTheGuideArePushedToTheBuzzerWithoutWaitingForThePoll() throws Exception {
        SteeredLoad load = new SteeredLoad();
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, load);
        RecordedOutputs outputs = new RecordedOutputs();
        AlarmSignal signal = new AlarmSignal(outputs, Clock.SYSTEM);
        try (RunningDashboard running = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(),
                TestTable.practitioner(), true);
             TableAlarmOutput output = new TableAlarmOutput(running.dashboard().pipeline(), signal, 3_600_000)) {
            output.start();
            AcquisitionPipeline pipeline = running.dashboard().pipeline();
            Await.until(Duration.ofSeconds(20), () -> pipeline.latest() != null && pipeline.latest().estimate().baselineKg() != null,
                    "the client's baseline is captured");
            assertEquals(200, running.send("PUT", "/api/session/guide", "{\"enabled\":true,\"fromShare\":0.3}").statusCode());
            load.steer(0.6 * TestTable.LIMIT_KG, TestTable.LOAD_X_CM);
            Await.until(Duration.ofSeconds(20), () -> signal.guidePeriodMs() > 0, "the guide, pushed after the frames (the poll ran once, at start)");

            load.steer(1.5 * TestTable.LIMIT_KG, TestTable.LOAD_X_CM);
            Await.until(Duration.ofSeconds(20), () -> signal.pattern() == AlarmPattern.HIGH, "the over-limit alarm, pushed");
            for (AlarmBoard.ListedAlarm listed : pipeline.alarms().list()) {
                pipeline.acknowledge(listed.alarm().id()).get();
            }
            Await.until(Duration.ofSeconds(20), () -> signal.pattern() == AlarmPattern.ACKNOWLEDGED, "the acknowledgement, pushed");
        }
    }

    /** With the guide off no frame pushes a refresh: the acknowledgement itself must (the poll here is an hour). */
    @Test
    void anAcknowledgementIsPushedToTheBuzzerWithTheGuideOff() throws Exception {
        SteeredLoad load = new SteeredLoad();
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, load);
        AlarmSignal signal = new AlarmSignal(new RecordedOutputs(), Clock.SYSTEM);
        try (RunningDashboard running = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(),
                TestTable.practitioner(), true);
             TableAlarmOutput output = new TableAlarmOutput(running.dashboard().pipeline(), signal, 3_600_000)) {
            output.start();
            AcquisitionPipeline pipeline = running.dashboard().pipeline();
            Await.until(Duration.ofSeconds(20), () -> pipeline.latest() != null && pipeline.latest().estimate().baselineKg() != null,
                    "the client's baseline is captured");
            load.steer(1.5 * TestTable.LIMIT_KG, TestTable.LOAD_X_CM);
            Await.until(Duration.ofSeconds(20), () -> signal.pattern() == AlarmPattern.HIGH, "the over-limit alarm, pushed");
            for (AlarmBoard.ListedAlarm listed : pipeline.alarms().list()) {
                pipeline.acknowledge(listed.alarm().id()).get();
            }
            Await.until(Duration.ofSeconds(20), () -> signal.pattern() == AlarmPattern.ACKNOWLEDGED, "the acknowledgement, pushed");
        }
    }
}
