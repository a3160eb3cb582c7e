package dev.ashiatsu.dashboard.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.dashboard.live.AcquisitionPipeline;
import dev.ashiatsu.dashboard.live.LiveSnapshot;
import dev.ashiatsu.dashboard.live.SessionEvent;
import dev.ashiatsu.dashboard.live.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the messages of {@code /ws/live} from the pipeline's state: {@code update} (the latest
 * estimate, droppable), {@code alarm} (one alarm change, never dropped), {@code acknowledged} (an alarm
 * acknowledged at the table or on a page, never dropped), {@code event} (a session event, never dropped) and {@code context} (table, client, practitioner, zones, session; sent on connect and
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
            return LiveUpdate.beforeFirstFrame(cells(table, null), alarms, faults, sessionId);
        }
        Estimate e = snapshot.estimate();
        return LiveUpdate.of(snapshot.seq(), e, cells(table, e.cellKg()), alarms, faults, sessionId,
                snapshot.frameEpochUs(), snapshot.band(), snapshot.inBandPercent());
    }

    public String updateJson() {
        return write(update());
    }

    public String updateJson(LiveUpdate update) {
        return write(update);
    }

    public String alarmJson(AlarmEvent alarm) {
        return write(AlarmChange.of(alarm));
    }

    public String acknowledgedJson(AlarmEvent alarm, double tMs, String by) {
        return write(new AcknowledgedMessage(AcknowledgedMessage.TYPE, Numbers.finite(tMs), by,
                AlarmView.of(alarm, true)));
    }

    public String eventJson(SessionEvent event) {
        return write(new EventMessage(EventMessage.TYPE, event));
    }

    /** The context: what the page needs to draw the table, the body and the zones. */
    public LiveContext context() {
        SessionState session = pipeline.session();
        ClientProfile client = session.client();
        return new LiveContext(LiveContext.TYPE, pipeline.sourceDescription(), ConfigWriter.fields(pipeline.table()),
                ConfigWriter.fields(client), ConfigWriter.fields(session.practitioner()),
                LiveContext.ZoneView.of(client), session.sessionId(), session.startedEpochMs(),
                pipeline.sessionLog().list(), session.guide(), session.bands());
    }

    public String contextJson() {
        return write(context());
    }

    private static List<LiveUpdate.CellLoad> cells(TableConfig table, double[] kg) {
        List<LiveUpdate.CellLoad> cells = new ArrayList<>(table.channelCount());
        for (int i = 0; i < table.channelCount(); i++) {
            cells.add(LiveUpdate.CellLoad.of(table.cells().get(i), kg == null || i >= kg.length ? Double.NaN : kg[i]));
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
