/**
 * The live stream to the browsers over {@code /ws/live}, and the wire schema it shares with replay: the
 * records {@link dev.ashiatsu.dashboard.stream.LiveUpdate}, {@link dev.ashiatsu.dashboard.stream.AlarmView},
 * {@link dev.ashiatsu.dashboard.stream.LiveContext}, {@link dev.ashiatsu.dashboard.stream.AlarmChange},
 * {@link dev.ashiatsu.dashboard.stream.AcknowledgedMessage}, {@link dev.ashiatsu.dashboard.stream.PressView} and
 * {@link dev.ashiatsu.dashboard.stream.EventMessage} (docs/api.md, "Wire schema"). The load's limit, approach
 * threshold and status come from the core's {@code Estimate}; the pages only show them.
 *
 * <pre>
 *   AcquisitionPipeline --latest snapshot (polled at 25 Hz), alarm changes, events (pushed)-->
 *   LiveBroadcaster (own thread) --LiveMessages: JSON once per message-->
 *   ClientChannel per browser (one in flight; stale updates replaced, alarms queued) --TextSink--> WebSocket
 * </pre>
 */
package dev.ashiatsu.dashboard.stream;
