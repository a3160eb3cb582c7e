package dev.ashiatsu.bridge.file;

import java.nio.file.Path;

/** Input that cannot be used; the message is {@code file:line: what is wrong}. */
public final class InputException extends RuntimeException {

    public InputException(Path file, long line, String fault) {
        super(file + ":" + line + ": " + fault);
    }

    public InputException(String message) {
        super(message);
    }
}
