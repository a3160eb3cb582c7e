/**
 * The data directory: profiles, the table config and its calibration, written atomically.
 *
 * <pre>
 *   web routes --profile/table--> DataDirectory --ConfigWriter (YAML)--> AtomicFiles (temp + rename)
 *   DataDirectory --core ConfigReader--> ClientProfile, PractitionerProfile, TableConfig
 * </pre>
 */
package dev.ashiatsu.dashboard.store;
