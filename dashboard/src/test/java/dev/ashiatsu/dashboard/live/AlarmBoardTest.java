package dev.ashiatsu.dashboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlarmBoardTest {

    static AlarmEvent alarm(long id, AlarmType type, double startMs) {
        return new AlarmEvent(id, type, startMs, null, 40, 30, null, null, null);
    }

    @Test
    void keepsAnEndedHighAlarmListedUntilAcknowledged() {
        AlarmBoard board = new AlarmBoard();
        AlarmEvent over = alarm(1, AlarmType.OVER_LIMIT, 100);
        board.raised(over);
        board.cleared(over.ended(900, 45));
        assertEquals(1, board.list().size());
        assertFalse(board.list().get(0).alarm().active());
        assertTrue(board.acknowledge(1));
        assertTrue(board.list().isEmpty());
    }

    @Test
    void dropsAnEndedLowOrMediumAlarmAtOnce() {
        AlarmBoard board = new AlarmBoard();
        AlarmEvent approaching = alarm(1, AlarmType.APPROACHING_LIMIT, 100);
        AlarmEvent fault = alarm(2, AlarmType.SENSOR_FAULT, 100);
        board.raised(approaching);
        board.raised(fault);
        board.cleared(approaching.ended(200, 28));
        board.cleared(fault.ended(200, 0));
        assertTrue(board.list().isEmpty());
    }

    @Test
    void acknowledgingAnActiveAlarmKeepsItListedSilencedAndItsEndRemovesIt() {
        AlarmBoard board = new AlarmBoard();
        AlarmEvent over = alarm(1, AlarmType.OVER_LIMIT, 100);
        board.raised(over);
        assertTrue(board.acknowledge(1));
        assertTrue(board.list().get(0).acknowledged());
        board.cleared(over.ended(500, 41));
        assertTrue(board.list().isEmpty());
        assertFalse(board.acknowledge(1));
    }

    @Test
    void listsByPriorityThenActiveThenNewest() {
        AlarmBoard board = new AlarmBoard();
        board.raised(alarm(1, AlarmType.APPROACHING_LIMIT, 100));
        board.raised(alarm(2, AlarmType.SENSOR_FAULT, 200));
        AlarmEvent oldHigh = alarm(3, AlarmType.RAPID_LOAD, 300);
        board.raised(oldHigh);
        board.cleared(oldHigh.ended(350, 20));
        board.raised(alarm(4, AlarmType.OVER_LIMIT, 250));
        board.raised(alarm(5, AlarmType.NO_GO_ZONE, 400));
        List<Long> order = board.list().stream().map(a -> a.alarm().id()).toList();
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), order);
    }

    @Test
    void refreshUpdatesThePeakOfListedActiveAlarmsOnly() {
        AlarmBoard board = new AlarmBoard();
        board.raised(alarm(1, AlarmType.OVER_LIMIT, 100));
        board.acknowledge(1);
        board.refresh(List.of(alarm(1, AlarmType.OVER_LIMIT, 100).withPeak(52), alarm(9, AlarmType.SIGNAL_LOSS, 5)));
        assertEquals(52, board.list().get(0).alarm().peakKg(), 0);
        assertTrue(board.list().get(0).acknowledged());
        assertEquals(1, board.list().size());
    }

    @Test
    void aNewSessionDropsEveryEndedAlarmAndKeepsTheActiveOnes() {
        AlarmBoard board = new AlarmBoard();
        AlarmEvent ended = alarm(1, AlarmType.OVER_LIMIT, 100);
        board.raised(ended);
        board.cleared(ended.ended(300, 45));
        board.raised(alarm(2, AlarmType.SIGNAL_LOSS, 400));
        board.dropEnded();
        assertEquals(List.of(2L), board.list().stream().map(a -> a.alarm().id()).toList());
    }
}
