/**
 * The data directory: profiles, the table config and its calibration, each client's tolerance, written atomically.
 *
 * <pre>
 *   web routes --profile/table--> DataDirectory --core ConfigWriter (YAML)--> AtomicFiles (temp + rename)
 *   DataDirectory --core ConfigReader--> ClientProfile, PractitionerProfile, TableConfig
 *   (a file the reader refuses is listed as a problem, never loaded with a field dropped)
 *
 *   tolerance routes --> ToleranceStore --recorded sessions--> ToleranceHarvest --> stops
 *                        ToleranceStore --JSON--> AtomicFiles (DIR/tolerances/ID.json)
 *                        accept --core LimitSuggester.apply--> ProfileStore (a lower zone factor only)
 * </pre>
 */
package dev.ashiatsu.dashboard.store;
