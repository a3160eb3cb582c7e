package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.alarm.StopPress;
import dev.ashiatsu.core.estimate.Zone;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A CLIENT_STOP's press in the ALARM record: written whole, read back whole, and absent in older records. */
class PressRecordTest {

    @Test
    void aStopWithItsPressAndGapsInItsHistoryReadsBackTheSame() throws Exception {
        double[] history = new double[50];
        java.util.Arrays.fill(history, Double.NaN);
        history[48] = 12.5;
        history[49] = 13.25;
        AlarmEvent stop = new AlarmEvent(7, AlarmType.CLIENT_STOP, 4950, 7000.0, 14, 30, Zone.MID_BACK, null,
                "client pressed stop", new StopPress(13.25, 0.2, 0, 100, history));

        byte[] json = JournalJson.write(stop);
        AlarmEvent back = JournalJson.MAPPER.readValue(json, AlarmEvent.class);

        assertEquals(stop, back, new String(json, StandardCharsets.UTF_8));
        assertTrue(Double.isNaN(back.press().historyKg()[0]), "a bin without a frame stays unknown");
    }

    @Test
    void anAlarmRecordWrittenBeforeTheButtonsHasNoPress() throws Exception {
        String old = "{\"id\":3,\"type\":\"OVER_LIMIT\",\"startMs\":100.0,\"endMs\":null,\"peakKg\":45.0,"
                + "\"limitKg\":40.0,\"zone\":\"THIGH\",\"channel\":null,\"detail\":null}";
        AlarmEvent alarm = JournalJson.MAPPER.readValue(old, AlarmEvent.class);
        assertEquals(AlarmType.OVER_LIMIT, alarm.type());
        assertNull(alarm.press());
    }
}
