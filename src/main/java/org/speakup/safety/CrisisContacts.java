package org.speakup.safety;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The crisis contacts to show someone: their country's, or the international fallback when the
 * country is unknown or not in the directory ({@code countryCode} is then null).
 */
public record CrisisContacts(
        @Nullable String countryCode,
        @Nullable String countryName,
        String emergency,
        List<CrisisLine> lines,
        List<CrisisLine> youth,
        @Nullable String fallbackMessage)
        implements Serializable {

    public CrisisContacts {
        lines = List.copyOf(lines);
        youth = List.copyOf(youth);
    }

    public boolean international() {
        return countryCode == null;
    }
}
