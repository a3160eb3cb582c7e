/**
 * Calibration of the load cells with a known weight.
 *
 * <pre>
 *   raw samples (pipeline capture) --Reading.of--> Reading (mean, spread)
 *   CalibrationWizard: unloaded Reading + loaded Reading + known kg --CalibrationMath--> proposed CellConfig
 *   accepted proposal --> TableConfig --> data directory (atomic) and the running pipeline
 * </pre>
 */
package dev.ashiatsu.dashboard.calibration;
