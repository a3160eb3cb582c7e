/**
 * The journal: one append-only file per session, crash-safe and compact (docs/recording.md).
 *
 * <pre>
 *   JournalRecorder (any thread: copy, offer to a bounded queue) --> JournalWriter (the writer thread)
 *     frames --FrameBlockCodec (delta varints)--> FRAMES record ┐
 *     session info, alarms, notes, end (JSON) -----------------> ├ RecordFraming (length, type, CRC32)
 *                                                               ┘   --> JournalAppender --> JournalChannel (file)
 *   SessionStore: JournalFiles.scan (whole records only) --> SessionLoader --> SessionData --> SessionSummary, SessionStats
 * </pre>
 *
 * RecorderStatus counts what the queue or the disk refused, for {@code fault()}.
 * A torn tail (a record cut by a power cut) fails its length or checksum; {@link
 * dev.ashiatsu.recorder.journal.SessionStore#recover} cuts it off at the next start.
 */
package dev.ashiatsu.recorder.journal;
