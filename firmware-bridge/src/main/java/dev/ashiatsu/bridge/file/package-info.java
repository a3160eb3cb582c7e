/**
 * Recorded files as frames, pulled one at a time: {@code FrameReaders.open} tells a recording CSV
 * ({@link dev.ashiatsu.bridge.file.CsvFrameReader}) from a serial capture by its content; a bad row of a
 * CSV is an {@link dev.ashiatsu.bridge.file.InputException} naming the file and line. Button presses between
 * the frames ({@code #input,<t_ms>,<INPUT>} lines of a CSV, input lines of a capture) come out of
 * {@link dev.ashiatsu.bridge.file.FrameReader#takeInputs}.
 * {@link dev.ashiatsu.bridge.file.CsvRecordingWriter} is the only writer of the recording CSV (the simulator
 * and the session export use it), beside its reader.
 */
package dev.ashiatsu.bridge.file;
