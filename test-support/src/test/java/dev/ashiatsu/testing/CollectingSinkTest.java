package dev.ashiatsu.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputEvent;
import java.time.Duration;
import java.util.List;
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

    @Test
    void keepsEachPressWithHowManyFramesCameBeforeIt() {
        CollectingSink sink = new CollectingSink();
        sink.input(new InputEvent(5, Input.CLIENT_STOP));
        sink.accept(Frame.ofRaw(10, new double[] {1}));
        sink.accept(Frame.ofRaw(20, new double[] {1}));
        sink.input(new InputEvent(25, Input.ACKNOWLEDGE));
        assertEquals(List.of(new InputEvent(5, Input.CLIENT_STOP), new InputEvent(25, Input.ACKNOWLEDGE)), sink.inputs);
        assertEquals(List.of(0, 2), sink.framesBeforeInput);
    }
}
