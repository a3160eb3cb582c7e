package dev.ashiatsu.dashboard.web;

/** A request that clashes with the current state (the id exists, the source cannot do it): answered 409. */
public final class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
