package dev.ashiatsu.recorder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where sessions are also written: an InfluxDB 2.x/3.x server's v2 write API.
 *
 * @param url    e.g. {@code http://influx.example:8086}
 * @param token  the API token (never from the command line: env {@code INFLUX_TOKEN} or a token file)
 */
public record InfluxSettings(String url, String org, String bucket, String token) {

    /** The environment variable that holds the token. */
    public static final String TOKEN_ENV = "INFLUX_TOKEN";

    public InfluxSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("--influx-url must start with http:// or https://, was '" + url + "'");
        }
        if (org == null || org.isBlank()) {
            throw new IllegalArgumentException("--influx-org is required with --influx-url");
        }
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("--influx-bucket is required with --influx-url");
        }
        token = token == null ? "" : token.strip();
    }

    /**
     * The settings from the command-line values and the environment, or null when {@code url} is null
     * (InfluxDB not configured). The token comes from {@code tokenFile} when given, else from
     * {@code INFLUX_TOKEN}.
     *
     * @throws IllegalArgumentException naming the option to fix
     */
    public static InfluxSettings resolve(String url, String org, String bucket, Path tokenFile, Map<String, String> env) {
        if (url == null) {
            if (org != null || bucket != null || tokenFile != null) {
                throw new IllegalArgumentException("--influx-org, --influx-bucket and --influx-token-file need --influx-url");
            }
            return null;
        }
        String token;
        if (tokenFile != null) {
            try {
                token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("--influx-token-file " + tokenFile + ": cannot be read (" + e.getMessage() + ")");
            }
        } else {
            token = env.get(TOKEN_ENV);
            if (token == null) {
                throw new IllegalArgumentException("--influx-url needs a token: set " + TOKEN_ENV + " or give --influx-token-file");
            }
        }
        return new InfluxSettings(url, org, bucket, token);
    }

    @Override
    public String toString() {
        return "InfluxSettings[url=" + url + ", org=" + org + ", bucket=" + bucket + ", token=(hidden)]";
    }
}
