/**
 * Review of recorded sessions: routes (a {@link dev.ashiatsu.dashboard.web.RouteModule}) and the pages
 * {@code /review.html}, {@code /session.html}, and for trainers (docs/review.md) {@code /report.html},
 * {@code /progress.html} and {@code /compare.html}.
 *
 * <pre>
 *   SessionArchive (recorder: the journals' SessionStore, or InfluxSessionArchive on a central review server)
 *     --SessionData--> Series (min/max buckets for the chart's pixels)
 *                  --> ReplayUpdates (live-shaped updates for the replay widgets)
 *                  --> ReviewJson (list, detail: alarms, notes, statistics with each zone's dose, strokes;
 *                      from the recorder's SessionStats, written by the core's StrokeDoseJson as analyze writes them)
 *                  --> SessionExport (recording CSV, serial capture, strokes CSV (StrokeCsv); also
 *                      'ashiatsu export'), with the client stops and their acknowledgements as presses (RecordedPresses)
 *                  --> SessionComparison (a session beside a reference, aligned at the start of loading; dose and
 *                      stroke statistics side by side)
 *   SessionSummary list --> PractitionerProgress (ProgressPoint per session, a Trend per figure)
 *   notes [reference] / [reference withdrawn] --> ReferenceMark; ReferenceIndex (which sessions, cached)
 *   POST notes --> NoteSink (the recorder's writer thread, the only writer of journals)
 * </pre>
 */
package dev.ashiatsu.dashboard.review;
