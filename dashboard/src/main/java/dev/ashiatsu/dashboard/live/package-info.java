/**
 * The live path: the source feeding the core monitor on a thread of its own, one session at a time.
 *
 * <pre>
 *   FrameSource thread --Mail.FrameArrived / InputArrived / SourceNote--> AcquisitionLoop mailbox (8192, frame
 *                        drops counted; a button press waits up to 2 s for room, in order with the frames)
 *   web threads --commands (tare, session, calibration capture, new table)--> command lane (64, never behind frames)
 *                                     |
 *                            acquisition thread
 *                                     v
 *   LiveSession: Monitor (core; replaced on a new calibration, alarm ids continued)
 *       --> LiveSnapshot (latest, volatile), TareCheck (volatile)
 *       --> alarms --> SessionAlarms --> AlarmBoard (listed + acknowledged), journal, SessionLog, LiveListener
 *       button presses --> SessionAlarms.press --> Monitor.input (CLIENT_STOP raised; ACKNOWLEDGE as the page's)
 *       --> RecorderGuard --> SessionRecorder (optional; a throw or a fault is reported, never fatal)
 *       tick every 100 ms (injected Clock): Monitor.checkSilence, alarm peaks, recorder fault
 *   HealthReport (any thread): source, last frame age, frames dropped, recorder and pipeline faults
 *   AcquisitionPipeline: the facade the web layer holds (commands as futures, accessors)
 *   LiveListeners: the broadcaster (browsers) and added listeners, e.g. TableAlarmOutput (buzzer, light and
 *       the session's load guide on GPIO), each told on the acquisition thread and handing work to its own
 * </pre>
 *
 * Safety rules kept here: zeros are set (tare, unloaded calibration reading) only on a steady empty table,
 * else {@link dev.ashiatsu.dashboard.live.TareRefused}; every alarm active when the monitor is replaced or
 * the session stops gets its end in the journal; a replaced monitor's unacknowledged HIGH alarms stay listed;
 * a new session lists none of the ended alarms of the one before.
 */
package dev.ashiatsu.dashboard.live;
