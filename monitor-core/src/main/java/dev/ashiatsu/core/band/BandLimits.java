package dev.ashiatsu.core.band;

import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.estimate.Zone;
import java.util.Locale;

/**
 * A band must never teach going over a limit: its top may not lie above the client's limit in its zone,
 * {@code L = min(maxAppliedKg, maxFraction * P) * factor} (design.md section 4), and a no-go zone takes no band.
 */
public final class BandLimits {

    private BandLimits() {
    }

    /**
     * Why this band may not be set for this client and practitioner, or null when it may.
     *
     * @param practitionerKg P from the practitioner's profile (kg); a band in % of P needs it
     */
    public static String refusal(Zone zone, TargetBand band, ClientProfile client, double practitionerKg) {
        if (!(practitionerKg > 0)) {
            return "the practitioner's weight is unknown (not in their profile): a band in % of body weight needs it";
        }
        double factor = client.factorOf(zone);
        if (factor == 0) {
            return zone + " is a no-go zone for client " + client.id() + ": no load may be taught there";
        }
        double limitKg = client.baseLimitKg(practitionerKg) * factor;
        double topKg = band.highKg(practitionerKg);
        if (topKg > limitKg + 1e-9) {
            return String.format(Locale.ROOT, "the band's top %.1f %% of %.1f kg is %.1f kg, above client %s's limit"
                            + " of %.1f kg on %s (%.1f %% of body weight): a band must never teach going over a limit",
                    band.highPercent(), practitionerKg, topKg, client.id(), limitKg, zone, 100 * limitKg / practitionerKg);
        }
        return null;
    }
}
