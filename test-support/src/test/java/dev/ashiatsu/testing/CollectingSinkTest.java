package dev.ashiatsu.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.Frame;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CollectingSinkTest {

    @Test
    void handsOutMatchingFramesOnceAndSaysHowManyCame() throws InterruptedException {
        CollectingSink sink = new CollectingSink();
        double[] reused = {1, 2};
        for (int i = 0; i < 4; i++) {
            reused[0] = i;
            sink.accept(Frame.ofRaw(i * 10, reused));
        }
        assertEquals(2, sink.await(2, f -> f.values()[0] % 2 == 1, Duration.ofSeconds(5)).size());
        assertEquals(0.0, sink.frames.get(0).values()[0], "each frame kept as a copy, whatever the source reuses");
        AssertionError none = assertThrows(AssertionError.class,
                () -> sink.await(1, f -> true, Duration.ofMillis(20)));
        assertTrue(none.getMessage().startsWith("only 0 of 1 wanted frames"), none.getMessage());
    }
}
