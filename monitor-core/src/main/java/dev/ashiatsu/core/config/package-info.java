/**
 * Table configs and profiles: records that validate themselves, read from YAML or JSON by
 * {@link dev.ashiatsu.core.config.ConfigReader} and written by {@link dev.ashiatsu.core.config.ConfigWriter}
 * (the one reader and the one writer of these file formats). Data flow:
 * <pre>
 *   text --ConfigFields.parse (bounded, strict: one object, no duplicate keys, no aliases)--> fields
 *        --ConfigReader (unknown fields refused with the NearestName hint)--> records
 *   records check every number against Ranges in their constructors (InvalidField: field + rule);
 *   ConfigFields.build turns that into ConfigException "source: path.field: rule"
 *   records --ConfigWriter--> field maps (JSON shape) / YAML text
 * </pre>
 * The scenario and GPIO config readers build on ConfigFields too.
 */
package dev.ashiatsu.core.config;
