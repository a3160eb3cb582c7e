/**
 * The dashboard application, wired by {@link dev.ashiatsu.dashboard.Dashboard}.
 *
 * <pre>
 *   FrameSource --> live.AcquisitionPipeline (core Monitor, recorder) --> stream.LiveBroadcaster --> /ws/live
 *                                   ^                                                  |
 *   web.DashboardServer (routes) ---+-- store.DataDirectory (profiles, table)          +--> browsers
 *   cli: serve, demo, calibrate
 * </pre>
 */
package dev.ashiatsu.dashboard;
