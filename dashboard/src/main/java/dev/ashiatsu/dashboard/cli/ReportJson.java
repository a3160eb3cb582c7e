package dev.ashiatsu.dashboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.StopPress;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.report.ButtonPress;
import dev.ashiatsu.core.report.SessionReport;
import dev.ashiatsu.core.report.StrokeDoseJson;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.stats.SessionStatistics;
import dev.ashiatsu.core.stats.ZoneStatistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analyze report as JSON, field for field as design.md section 5 names them, extended with
 * {@code strokes} and {@code zoneDose} (docs/strokes.md), written by {@link StrokeDoseJson} as the review routes write them.
 */
final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    static String write(SessionReport report) throws Exception {
        return JSON.writeValueAsString(toMap(report));
    }

    static Map<String, Object> toMap(SessionReport report) {
        SessionStatistics stats = report.statistics();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("frames", stats.frames());
        json.put("durationS", round(stats.durationS(), 3));
        json.put("clientBaselineKg", round(report.clientBaselineKg(), 2));
        json.put("practitionerKg", round(report.practitionerKg(), 2));
        json.put("practitionerEstimateKg", round(report.practitionerEstimateKg(), 2));
        json.put("peakAppliedKg", round(stats.peakAppliedKg(), 2));
        json.put("peakFraction", round(stats.peakFraction(), 4));
        json.put("secondsOverLimit", round(stats.secondsOverLimit(), 3));
        Map<String, Object> zones = new LinkedHashMap<>();
        for (Map.Entry<Zone, ZoneStatistics> entry : stats.zones().entrySet()) {
            ZoneStatistics zone = entry.getValue();
            Map<String, Object> z = new LinkedHashMap<>();
            z.put("seconds", round(zone.seconds(), 3));
            z.put("peakKg", round(zone.peakKg(), 2));
            z.put("meanKg", round(zone.meanKg(), 2));
            zones.put(entry.getKey().name(), z);
        }
        json.put("zones", zones);
        List<Object> alarms = new ArrayList<>();
        for (AlarmEvent alarm : report.alarms()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", alarm.id());
            a.put("type", alarm.type().name());
            a.put("priority", alarm.priority().name());
            a.put("startMs", round(alarm.startMs(), 1));
            a.put("endMs", round(alarm.endMs(), 1));
            a.put("peakKg", round(alarm.peakKg(), 2));
            a.put("limitKg", round(alarm.limitKg(), 2));
            a.put("zone", alarm.zone() == null ? null : alarm.zone().name());
            a.put("channel", alarm.channel());
            if (alarm.detail() != null) {
                a.put("detail", alarm.detail());
            }
            if (alarm.press() != null) {
                a.put("press", press(alarm.press()));
            }
            alarms.add(a);
        }
        json.put("alarms", alarms);
        json.put("presses", report.presses().stream().map(ReportJson::press).toList());
        InputCounters input = report.input();
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("framesRead", input.framesRead());
        in.put("linesRejected", input.linesRejected());
        in.put("crcErrors", input.crcErrors());
        in.put("seqGaps", input.seqGaps());
        in.put("resets", input.resets());
        json.put("input", in);
        json.put("strokes", StrokeDoseJson.strokes(report.strokes()));
        json.put("zoneDose", StrokeDoseJson.zoneDose(report.dose()));
        return json;
    }

    /** What a client stop recorded: the load, its fraction of P and the 5 s of load before it (oldest first). */
    private static Map<String, Object> press(StopPress press) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("appliedKg", round(press.appliedKg(), 2));
        p.put("fraction", round(press.fraction(), 4));
        p.put("historyStartMs", round(press.historyStartMs(), 1));
        p.put("historyStepMs", round(press.historyStepMs(), 1));
        List<Double> history = new ArrayList<>();
        for (double kg : press.historyKg()) {
            history.add(round(kg, 2));
        }
        p.put("historyKg", history);
        return p;
    }

    private static Map<String, Object> press(ButtonPress press) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("tMs", round(press.tMs(), 1));
        p.put("input", press.input().name());
        p.put("alarmId", press.alarmId());
        return p;
    }

    private static Double round(Double value, int decimals) {
        return StrokeDoseJson.round(value, decimals);
    }
}
