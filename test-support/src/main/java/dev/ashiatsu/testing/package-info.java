/**
 * Helpers shared by the tests of every module (depended on with test scope only): {@link
 * dev.ashiatsu.testing.Await} polls a condition until it holds or a timeout passes (never a sleep as
 * synchronisation), {@link dev.ashiatsu.testing.CollectingSink} keeps what a frame source delivers,
 * {@link dev.ashiatsu.testing.ManualClock} is the {@link dev.ashiatsu.core.source.Clock} a test moves by hand, and
 * {@link dev.ashiatsu.testing.Tmpfs} mounts a real small disk that a test fills.
 */
package dev.ashiatsu.testing;
