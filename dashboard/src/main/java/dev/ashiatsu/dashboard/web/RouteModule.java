package dev.ashiatsu.dashboard.web;

import io.javalin.config.JavalinConfig;

/**
 * A group of HTTP routes (and their static pages) that the dashboard server installs, so that features
 * such as the live page, profiles and the review pages live in their own classes.
 */
public interface RouteModule {

    /** Adds this module's routes, e.g. {@code config.routes.get("/api/sessions", this::list)}. */
    void addRoutes(JavalinConfig config);
}
