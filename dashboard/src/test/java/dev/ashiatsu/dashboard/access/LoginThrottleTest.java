package dev.ashiatsu.dashboard.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.testing.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The login throttle on a hand-moved clock: guesses are paced, never locked out. */
class LoginThrottleTest {

    private static final long SECOND = 1_000_000_000L;

    private final ManualClock clock = new ManualClock(1_000 * 1_000.0);
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.DEFAULT, clock);

    @Test
    void letsFiveAttemptsThroughAtOnceThenMakesEachWaitItsTurn() {
        for (int i = 0; i < 5; i++) {
            assertEquals(new LoginThrottle.Turn(0, 0), throttle.reserve("address a"), "attempt " + (i + 1));
        }
        assertEquals(new LoginThrottle.Turn(12 * SECOND, 0), throttle.reserve("address a"));
        assertEquals(new LoginThrottle.Turn(24 * SECOND, 0), throttle.reserve("address a"));
    }

    @Test
    void refusesOnlyAnAttemptWhoseTurnIsBeyondTheLongestWait() {
        for (int i = 0; i < 7; i++) {
            assertTrue(throttle.reserve("address a").admitted());
        }
        LoginThrottle.Turn refused = throttle.reserve("address a");

        assertFalse(refused.admitted());
        assertEquals(6, refused.retryAfterSeconds(), "its turn is 36 s away, 6 s beyond the 30 s wait");
        clock.advance(Duration.ofNanos(6 * SECOND));
        assertEquals(new LoginThrottle.Turn(30 * SECOND, 0), throttle.reserve("address a"), "a refusal costs no turn");
    }

    @Test
    void earnsOneAttemptBackPerInterval() {
        for (int i = 0; i < 5; i++) {
            throttle.reserve("address a");
        }
        clock.advance(Duration.ofNanos(12 * SECOND));
        assertEquals(0, throttle.reserve("address a").waitNanos());
        assertEquals(12 * SECOND, throttle.reserve("address a").waitNanos());
        clock.advance(Duration.ofNanos(10 * 60 * SECOND));
        for (int i = 0; i < 5; i++) {
            assertEquals(0, throttle.reserve("address a").waitNanos(), "a full bucket again after a quiet while");
        }
    }

    @Test
    void theRightPasswordCostsNoTurn() {
        for (int i = 0; i < 4; i++) {
            throttle.reserve("address a");
        }
        throttle.reserve("address a");
        throttle.succeeded("address a");

        assertEquals(0, throttle.reserve("address a").waitNanos());
        assertEquals(12 * SECOND, throttle.reserve("address a").waitNanos());
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        for (int i = 0; i < 8; i++) {
            throttle.reserve("address a");
        }
        assertEquals(new LoginThrottle.Turn(0, 0), throttle.reserve("device d"));
        assertEquals(new LoginThrottle.Turn(0, 0), throttle.reserve("address b"));
    }

    @Test
    void refusesSettingsThatCannotWork() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle.Settings(0, Duration.ofSeconds(1), Duration.ZERO));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle.Settings(1, Duration.ZERO, Duration.ZERO));
    }
}
