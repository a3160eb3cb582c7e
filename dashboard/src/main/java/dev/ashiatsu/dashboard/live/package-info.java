/**
 * The acquisition pipeline: the live source feeding the core monitor on a thread of its own.
 *
 * <pre>
 *   FrameSource thread --frames--> AcquisitionPipeline (inbox, acquisition thread)
 *       --> Monitor (core) --> LiveSnapshot (latest, volatile)
 *                          --> alarms --> AlarmBoard (listed + acknowledged), SessionLog, LiveListener
 *       --> SessionRecorder (optional; faults reported, never fatal)
 *   watchdog (injected Clock, every 100 ms) --> Monitor.checkSilence
 * </pre>
 */
package dev.ashiatsu.dashboard.live;
