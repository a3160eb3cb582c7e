package dev.ashiatsu.dashboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pipeline's listeners: each is told, in order added; one that throws does not keep the others from it. */
class LiveListenersTest {

    /** A hand-written listener that records what it was told, or throws on everything. */
    private static final class Recording implements LiveListener {
        final List<String> told = new ArrayList<>();
        final boolean broken;

        Recording(boolean broken) {
            this.broken = broken;
        }

        private void note(String what) {
            if (broken) {
                throw new IllegalStateException("broken listener");
            }
            told.add(what);
        }

        @Override
        public void alarmChanged(AlarmEvent alarm) {
            note("alarm " + alarm.id());
        }

        @Override
        public void sessionEvent(SessionEvent event) {
            note("event");
        }

        @Override
        public void contextChanged() {
            note("context");
        }

        @Override
        public void frameProcessed() {
            note("frame");
        }
    }

    @Test
    void everyListenerIsToldEvenAfterOneThrowsAndARemovedOneIsNot() {
        Recording broadcaster = new Recording(false);
        Recording broken = new Recording(true);
        Recording buzzer = new Recording(false);
        LiveListeners listeners = new LiveListeners(broadcaster);
        listeners.add(broken);
        listeners.add(buzzer);

        listeners.alarmChanged(new AlarmEvent(7, AlarmType.OVER_LIMIT, 0, null, 40, 30, null, null, ""));
        listeners.contextChanged();
        listeners.frameProcessed();
        listeners.remove(buzzer);
        listeners.contextChanged();

        assertEquals(List.of("alarm 7", "context", "frame", "context"), broadcaster.told);
        assertEquals(List.of("alarm 7", "context", "frame"), buzzer.told);
    }

    @Test
    void forwardsEveryMethodOfTheListener() throws Exception {
        // a listener method the fan-out does not override falls to the interface's default and is dropped
        for (Method method : LiveListener.class.getMethods()) {
            Method own = LiveListeners.class.getMethod(method.getName(), method.getParameterTypes());
            assertEquals(LiveListeners.class, own.getDeclaringClass(),
                    "LiveListeners does not forward " + method.getName() + ": its listeners would never hear of it");
        }
    }
}
