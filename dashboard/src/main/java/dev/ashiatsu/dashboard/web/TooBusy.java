package dev.ashiatsu.dashboard.web;

/** A heavy request refused because enough of its kind are running already: answered 429 with Retry-After. */
public final class TooBusy extends RuntimeException {

    private final int retryAfterS;

    public TooBusy(String message, int retryAfterS) {
        super(message);
        this.retryAfterS = retryAfterS;
    }

    public int retryAfterS() {
        return retryAfterS;
    }
}
