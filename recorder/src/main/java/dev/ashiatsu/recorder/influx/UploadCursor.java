package dev.ashiatsu.recorder.influx;

import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.SessionStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * How far a session's journal has been uploaded: the byte offset of the first record not yet
 * acknowledged by the server, in {@code ID.upload}. Written only after the server accepted everything
 * before it, so a crash re-sends at most one batch (which then overwrites itself).
 */
public final class UploadCursor {

    private UploadCursor() {
    }

    /** The saved offset, 0 when nothing was uploaded yet (or the file is unreadable). */
    public static long read(Path dir, String id) {
        try {
            return Long.parseLong(Files.readString(JournalFiles.uploadCursor(dir, id), StandardCharsets.US_ASCII).strip());
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    static void write(Path dir, String id, long offset) throws IOException {
        SessionStore.writeAtomically(JournalFiles.uploadCursor(dir, id),
                (offset + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
