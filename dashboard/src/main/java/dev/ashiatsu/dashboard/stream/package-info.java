/**
 * The live stream to the browsers over {@code /ws/live}.
 *
 * <pre>
 *   AcquisitionPipeline --latest snapshot (polled at 25 Hz), alarm changes, events (pushed)-->
 *   LiveBroadcaster (own thread) --LiveMessages: JSON once per message-->
 *   ClientChannel per browser (one in flight; stale updates replaced, alarms queued) --TextSink--> WebSocket
 * </pre>
 */
package dev.ashiatsu.dashboard.stream;
