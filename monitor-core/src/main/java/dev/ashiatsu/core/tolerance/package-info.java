/**
 * Limits learned from the client (issue 11): the loads at which a client stopped the practitioner
 * ({@code CLIENT_STOP}) or a therapist noted discomfort, kept per body zone, and the limit suggested from
 * them. Pure: stops in, suggestions out; the dashboard finds the stops in recorded sessions, stores them
 * and applies a suggestion only when the therapist accepts it.
 * <pre>
 *   recorded sessions --(dashboard)--> ToleranceStop* --LimitSuggester--> ToleranceSuggestion per zone
 *   accept --LimitSuggester.apply--> ClientProfile with a lower zone factor (never a higher one)
 * </pre>
 */
package dev.ashiatsu.core.tolerance;
