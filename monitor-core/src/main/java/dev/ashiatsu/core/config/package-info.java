/** Table configs and profiles: records that validate themselves, read from YAML or JSON by {@link dev.ashiatsu.core.config.ConfigReader}. */
package dev.ashiatsu.core.config;
