/**
 * The physical model: where weight goes and what each leg carries.
 *
 * <pre>
 * ClientBody (segment masses along the prone body) --+
 * Pose (feet on the client, bars, floor, stool) ------+--> TableScene --TableStatics--> kg per table cell
 *                                                     +--> bar load shared by the bar cells
 * </pre>
 *
 * The top is rigid: leg loads balance force and both moments exactly (least-norm for four or more legs),
 * so the centre of pressure the legs see is exactly where the load is.
 */
package dev.ashiatsu.sim.model;
