package dev.ashiatsu.dashboard.cli;

/** Bad command-line usage: the message says which option and why; exit status 2. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
