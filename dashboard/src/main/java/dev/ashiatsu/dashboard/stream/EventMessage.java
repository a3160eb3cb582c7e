package dev.ashiatsu.dashboard.stream;

import dev.ashiatsu.dashboard.live.SessionEvent;

/** The {@code event} message of {@code /ws/live}: one line of the session's event list, never dropped. */
public record EventMessage(String type, SessionEvent event) {

    public static final String TYPE = "event";
}
