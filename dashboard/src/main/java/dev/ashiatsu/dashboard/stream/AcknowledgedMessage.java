package dev.ashiatsu.dashboard.stream;

/**
 * The {@code acknowledged} message of {@code /ws/live}: someone acknowledged a listed alarm; sent at once,
 * never dropped, followed by an update whose alarm list shows it.
 *
 * @param tMs   when, on the frames' clock (null before the first frame)
 * @param by    {@code button} (at the table) or {@code page}
 * @param alarm the alarm as it was when acknowledged
 */
public record AcknowledgedMessage(String type, Double tMs, String by, AlarmView alarm) {

    public static final String TYPE = "acknowledged";
}
