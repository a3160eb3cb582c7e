/**
 * Session recording: every monitored session is kept, first in a local journal, then (optionally) in InfluxDB.
 *
 * <pre>
 *   acquisition thread --frame/alarm/note--> Recording (SessionRecorder: never blocks, never throws)
 *        --> journal.JournalRecorder --bounded queue--> writer thread --> DATA/sessions/ID.journal (fsync &lt;= 1 s)
 *        --> influx.InfluxUploader (background) reads journals past their upload cursor --> InfluxDB v2 write API
 *   review (dashboard) <-- SessionArchive: journal.SessionStore (list, load, recover)
 *                          or influx.InfluxSessionArchive (a central review server: InfluxQL over the uploaded points)
 * </pre>
 *
 * The list is read a page at a time: {@link dev.ashiatsu.recorder.SessionQuery} (filters, limit, offset) gives a
 * {@link dev.ashiatsu.recorder.SessionPage} (the page and how many pass the filters).
 * {@link dev.ashiatsu.recorder.Recorders#open} recovers the journals after a crash and starts both.
 */
package dev.ashiatsu.recorder;
