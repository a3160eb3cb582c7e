/**
 * Access control: open on loopback, a password beyond it.
 *
 * <pre>
 *   every request --AccessRoutes.guard--> same-origin check (changes), session cookie check (if required)
 *   POST /api/login --LoginThrottle (per address, or per KnownDevices id)--> waits its turn --> AccessControl.login
 *       --> HttpOnly SameSite=Strict session cookie (+ a signed device cookie for the next login)
 *   /ws/live upgrade --AccessRoutes.guardUpgrade--> Origin + session cookie
 * </pre>
 */
package dev.ashiatsu.dashboard.access;
