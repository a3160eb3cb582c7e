package dev.ashiatsu.dashboard.live;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of the current session's event list.
 *
 * @param seq     position in the list, from 1
 * @param tMs     time on the frames' clock (NaN before the first frame; null in JSON)
 * @param epochMs wall-clock time, ms since the epoch
 * @param kind    {@code session}, {@code alarm}, {@code tare}, {@code source}, {@code fault}, {@code calibration}
 * @param text    what happened, for people
 */
@JsonPropertyOrder({"seq", "tMs", "epochMs", "kind", "text"})
public record SessionEvent(long seq, @JsonIgnore double tMs, long epochMs, String kind, String text) {

    /** {@code tMs} on the wire: JSON has no NaN, so an event before the first frame has a null time. */
    @JsonProperty("tMs")
    Double tMsOrNull() {
        return Double.isFinite(tMs) ? tMs : null;
    }
}
