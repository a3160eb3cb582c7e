/**
 * Table configs and profiles: records that validate themselves, read from YAML or JSON by
 * {@link dev.ashiatsu.core.config.ConfigReader}. Data flow: text -> {@link dev.ashiatsu.core.config.ConfigFields}
 * (parse, with the line of a syntax error; typed field access with errors {@code source: path.field: rule})
 * -> records. The scenario and GPIO config readers build on ConfigFields too.
 */
package dev.ashiatsu.core.config;
