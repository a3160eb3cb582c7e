package dev.ashiatsu.dashboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** The fan-out must pass on every kind of news: a listener method it does not override is silently dropped. */
class LiveListenersTest {

    @Test
    void forwardsEveryMethodOfTheListener() throws Exception {
        for (Method method : LiveListener.class.getMethods()) {
            Method own = LiveListeners.class.getMethod(method.getName(), method.getParameterTypes());
            assertEquals(LiveListeners.class, own.getDeclaringClass(),
                    "LiveListeners does not forward " + method.getName() + ": its listeners would never hear of it");
        }
    }
}
