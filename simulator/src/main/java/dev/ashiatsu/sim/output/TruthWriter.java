package dev.ashiatsu.sim.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.sim.strokes.TrueStroke;
import java.util.List;

/**
 * Writes the ground truth as JSON: {@code {"scenario", "seed", "alarms": [{type, priority, startMs, endMs,
 * zone, channel, peakKg, limitKg}], "strokes": [{startMs, endMs, peakKg, peakMs, impulseKgS,
 * timeToPeakMs, loadingRateKgPerS, action}]}}, times
 * in ms on the output's clock, endMs null for an alarm still active.
 */
public final class TruthWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TruthWriter() {
    }

    /**
     * @param offsetMs added to every time: 0 for a recording CSV (ms since the start), the scenario's
     *                 {@code startEpochMs} for a capture (whose lines carry the host's epoch time)
     */
    public static String json(String scenario, long seed, List<AlarmEvent> alarms, List<TrueStroke> strokes,
                              double offsetMs) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", scenario);
        root.put("seed", seed);
        ArrayNode list = root.putArray("alarms");
        for (AlarmEvent alarm : alarms) {
            ObjectNode item = list.addObject();
            item.put("type", alarm.type().name());
            item.put("priority", alarm.priority().name());
            item.put("startMs", round(alarm.startMs() + offsetMs));
            if (alarm.endMs() == null) {
                item.putNull("endMs");
            } else {
                item.put("endMs", round(alarm.endMs() + offsetMs));
            }
            item.put("zone", alarm.zone() == null ? null : alarm.zone().name());
            item.put("channel", alarm.channel());
            putNumber(item, "peakKg", alarm.peakKg());
            putNumber(item, "limitKg", alarm.limitKg());
        }
        ArrayNode strokeList = root.putArray("strokes");
        for (TrueStroke stroke : strokes) {
            ObjectNode item = strokeList.addObject();
            item.put("startMs", round(stroke.startMs() + offsetMs));
            item.put("endMs", round(stroke.endMs() + offsetMs));
            item.put("peakKg", round(stroke.peakKg()));
            item.put("peakMs", round(stroke.peakMs() + offsetMs));
            item.put("impulseKgS", round(stroke.impulseKgS()));
            item.put("timeToPeakMs", round(stroke.timeToPeakMs()));
            putNumber(item, "loadingRateKgPerS", stroke.loadingRateKgPerS());
            item.put("action", stroke.action());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the ground truth as JSON", e);
        }
    }

    private static void putNumber(ObjectNode item, String field, double value) {
        if (Double.isFinite(value)) {
            item.put(field, round(value));
        } else {
            item.putNull(field);
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
