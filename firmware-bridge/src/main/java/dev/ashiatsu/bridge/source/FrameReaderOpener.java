package dev.ashiatsu.bridge.source;

import dev.ashiatsu.bridge.file.FrameReader;
import java.io.IOException;

/** Opens a fresh reader at the start of a file, once per playback loop. */
@FunctionalInterface
public interface FrameReaderOpener {
    FrameReader open() throws IOException;
}
