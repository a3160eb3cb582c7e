/**
 * Review of recorded sessions: routes (a {@link dev.ashiatsu.dashboard.web.RouteModule}) and the pages
 * {@code /review.html} and {@code /session.html}.
 *
 * <pre>
 *   SessionArchive (recorder: the journals' SessionStore, or InfluxSessionArchive on a central review server)
 *     --SessionData--> Series (min/max buckets for the chart's pixels)
 *                  --> ReplayUpdates (live-shaped updates for the replay widgets)
 *                  --> ReviewJson (list, detail: alarms, notes, statistics, zones)
 *                  --> SessionExport (recording CSV, serial capture; also 'ashiatsu export')
 *   POST notes --> NoteSink (the recorder's writer thread, the only writer of journals)
 * </pre>
 */
package dev.ashiatsu.dashboard.review;
