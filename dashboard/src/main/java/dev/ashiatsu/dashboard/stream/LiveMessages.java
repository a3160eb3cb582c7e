package dev.ashiatsu.dashboard.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.dashboard.live.AcquisitionPipeline;
import dev.ashiatsu.dashboard.live.LiveSnapshot;
import dev.ashiatsu.dashboard.live.SessionEvent;
import dev.ashiatsu.dashboard.live.SessionState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the messages of {@code /ws/live} from the pipeline's state: {@code update} (the latest
 * estimate, droppable), {@code alarm} (one alarm change, never dropped), {@code event} (a session event,
 * never dropped) and {@code context} (table, client, practitioner, zones, session; sent on connect and
 * on change). Pure apart from reading the pipeline's thread-safe accessors.
 */
public final class LiveMessages {

    private final AcquisitionPipeline pipeline;
    private final ObjectMapper json;

    public LiveMessages(AcquisitionPipeline pipeline, ObjectMapper json) {
        this.pipeline = pipeline;
        this.json = json;
    }

    /** Frames processed so far (the seq of the next update). */
    public long latestSeq() {
        LiveSnapshot snapshot = pipeline.latest();
        return snapshot == null ? 0 : snapshot.seq();
    }

    /** The latest update (with seq 0 and no loads before the first frame). */
    public LiveUpdate update() {
        LiveSnapshot snapshot = pipeline.latest();
        TableConfig table = pipeline.table();
        List<AlarmView> alarms = pipeline.alarms().list().stream().map(AlarmView::of).toList();
        List<String> faults = pipeline.health().faults();
        String sessionId = pipeline.session().sessionId();
        if (snapshot == null) {
            return new LiveUpdate("update", 0, null, null, null, null, null, null, null, null, null, null,
                    null, null, cells(table, null), alarms, faults, sessionId, 0);
        }
        Estimate e = snapshot.estimate();
        Double limit = Numbers.finite(e.limitKg());
        return new LiveUpdate("update", snapshot.seq(), e.tMs(), e.phase() == null ? null : e.phase().name(),
                Numbers.grams(e.appliedKg()), Numbers.finite(e.fraction()), limit,
                limit == null ? null : 0.9 * limit, e.zone() == null ? null : e.zone().name(),
                Numbers.finite(e.xCm()), Numbers.grams(e.tableKg()), Numbers.grams(e.barKg()),
                Numbers.finite(e.baselineKg()), Numbers.finite(e.practitionerKg()), cells(table, e.cellKg()),
                alarms, faults, sessionId, snapshot.frameEpochUs());
    }

    public String updateJson() {
        return write(update());
    }

    public String updateJson(LiveUpdate update) {
        return write(update);
    }

    public String alarmJson(AlarmEvent alarm) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "alarm");
        message.put("change", alarm.active() ? "raised" : "ended");
        message.put("alarm", AlarmView.of(alarm, false));
        return write(message);
    }

    public String eventJson(SessionEvent event) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "event");
        message.put("event", event);
        return write(message);
    }

    /** The context: what the page needs to draw the table, the body and the zones. */
    public Map<String, Object> context() {
        SessionState session = pipeline.session();
        TableConfig table = pipeline.table();
        ClientProfile client = session.client();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "context");
        message.put("source", pipeline.sourceDescription());
        Map<String, Object> tableFields = ConfigWriter.fields(table);
        message.put("table", tableFields);
        message.put("client", ConfigWriter.fields(client));
        message.put("practitioner", ConfigWriter.fields(session.practitioner()));
        List<Map<String, Object>> zones = new ArrayList<>();
        for (Zone zone : Zone.values()) {
            if (zone == Zone.OFF_BODY) {
                continue;
            }
            Map<String, Object> z = new LinkedHashMap<>();
            z.put("zone", zone.name());
            z.put("fromH", zone.fromH());
            z.put("toH", zone.toH());
            z.put("factor", client.factorOf(zone));
            z.put("noGo", client.factorOf(zone) == 0);
            zones.add(z);
        }
        message.put("zones", zones);
        message.put("sessionId", session.sessionId());
        message.put("sessionStartedEpochMs", session.startedEpochMs());
        message.put("events", pipeline.sessionLog().list());
        return message;
    }

    public String contextJson() {
        return write(context());
    }

    private static List<LiveUpdate.CellLoad> cells(TableConfig table, double[] kg) {
        List<LiveUpdate.CellLoad> cells = new ArrayList<>(table.channelCount());
        for (int i = 0; i < table.channelCount(); i++) {
            CellConfig cell = table.cells().get(i);
            cells.add(new LiveUpdate.CellLoad(cell.id(), cell.role().configName(),
                    kg == null || i >= kg.length ? null : Numbers.grams(kg[i])));
        }
        return cells;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a live message could not be written as JSON", e);
        }
    }
}
