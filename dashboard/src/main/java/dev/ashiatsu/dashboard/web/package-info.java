/**
 * The HTTP layer: thin routes over the pipeline and the data directory.
 *
 * <pre>
 *   request --AccessRoutes (guard)--> route module --JsonBody / core ConfigReader (400 naming the field)-->
 *       AcquisitionPipeline (commands on the acquisition thread) | DataDirectory (atomic writes)
 *   RouteModule: LiveRoutes, SessionRoutes, CalibrationRoutes, ProfileRoutes, ToleranceRoutes, and extra
 *   modules (review)
 * </pre>
 */
package dev.ashiatsu.dashboard.web;
