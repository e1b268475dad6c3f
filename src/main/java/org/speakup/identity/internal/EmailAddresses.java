package org.speakup.identity.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** One spelling per address, so "Sam@Example.org " and "sam@example.org" are the same account. */
public final class EmailAddresses {

    /** Deliberately simple: something@something.tld, no spaces. The reset e-mail proves the rest. */
    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public static final int MAX_LENGTH = 254;

    private EmailAddresses() {}

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean plausible(String email) {
        String normalised = normalise(email);
        return normalised.length() <= MAX_LENGTH
                && PLAUSIBLE.matcher(normalised).matches();
    }
}
