/**
 * The journal: one append-only file per session, crash-safe, compact and readable past damage (docs/recording.md).
 *
 * <pre>
 *   JournalRecorder (any thread: copy, offer to a bounded queue) --> JournalWriter (the writer thread)
 *     frames --FrameBlockCodec (delta varints)--> FRAMES record ┐
 *     session info, alarms, notes, end, lost (JSON) ----------> ├ RecordFraming (sync, length, type, CRC32)
 *                                                               ┘   --> JournalSession (holds what a full disk refuses)
 *                                                                   --> JournalAppender --> JournalChannel (file)
 *   SessionStore: JournalContent (JournalFormat, RecordFraming.scan: intact records + Damage)
 *                 --> SessionLoader --> SessionData --> SessionSummary, SessionStats
 *                                                   --> SessionDigest (ID.digest.json: DigestJson, ChartColumnsCodec)
 *   SessionStore.list: SummaryIndex (every summary in memory, kept in list.index by SummaryIndexFile)
 *                      --> SessionQuery (filters, page)
 *     JournalSession, JournalWriter --JournalChanges (this process wrote journal X)--> every SummaryIndex of the dir
 *     a refresh every 5 s (one daemon thread) --each journal's length and time--> changes by other programs
 * </pre>
 *
 * The digest is what a session's review page opens with (statistics, alarms, notes, the chart's columns), kept
 * beside the journal and uploaded to InfluxDB, so that opening a session does not read its frames.
 *
 * RecorderStatus holds the fault episode and what the queue or the disk refused, for {@code fault()}.
 * A damaged record fails its checksum and is skipped: the scan resynchronises on the next intact record and
 * reports the stretch. A torn tail (a record cut by a power cut) is cut off by {@link
 * dev.ashiatsu.recorder.journal.SessionStore#recover} at the next start, and the cut is recorded (CUT record);
 * journals whose current summary says they ended are not read then.
 */
package dev.ashiatsu.recorder.journal;
