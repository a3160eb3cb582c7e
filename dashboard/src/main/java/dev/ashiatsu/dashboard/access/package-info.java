/**
 * Access control: open on loopback, a password beyond it.
 *
 * <pre>
 *   every request --AccessRoutes.guard--> same-origin check (changes), session cookie check (if required)
 *   POST /api/login --LoginLimiter (per address)--> AccessControl.login --> HttpOnly SameSite=Strict cookie
 *   /ws/live upgrade --AccessRoutes.guardUpgrade--> Origin + session cookie
 * </pre>
 */
package dev.ashiatsu.dashboard.access;
