/**
 * The data directory: profiles, the table config and its calibration, written atomically.
 *
 * <pre>
 *   web routes --profile/table--> DataDirectory --core ConfigWriter (YAML)--> AtomicFiles (temp + rename)
 *   DataDirectory --core ConfigReader--> ClientProfile, PractitionerProfile, TableConfig
 *   (a file the reader refuses is listed as a problem, never loaded with a field dropped)
 * </pre>
 */
package dev.ashiatsu.dashboard.store;
