package org.speakup.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password rules in the spirit of NIST SP 800-63B: a minimum length, a generous maximum, no
 * composition rules, and a refusal of passwords that appear in breach lists or follow the
 * patterns attackers try first (a common word with digits tacked on, keyboard runs, repeats,
 * the user's own e-mail or name).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a password was refused; each maps to a message key. */
    public enum Problem {
        TOO_SHORT,
        TOO_LONG,
        COMMON,
        PREDICTABLE,
        CONTAINS_PERSONAL
    }

    private static final Set<String> COMMON = load("/identity/common-passwords.txt");
    private static final String[] RUNS = {
        "abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm"
    };

    private PasswordPolicy() {}

    public static Optional<Problem> check(String password, String email, String displayName) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || COMMON.contains(core(lower))) {
            return Optional.of(Problem.COMMON);
        }
        if (fewDistinctCharacters(lower) || mostlyKeyboardRun(lower)) {
            return Optional.of(Problem.PREDICTABLE);
        }
        if (containsPersonal(lower, email, displayName)) {
            return Optional.of(Problem.CONTAINS_PERSONAL);
        }
        return Optional.empty();
    }

    /** "Password2024!" and "!!password" share the core "password". */
    static String core(String lower) {
        return lower.replaceAll("^[^a-z]+", "").replaceAll("[^a-z]+$", "");
    }

    private static boolean fewDistinctCharacters(String lower) {
        return lower.chars().distinct().count() < 5;
    }

    /** Most of the password is one run along the alphabet, the digits or a keyboard row. */
    private static boolean mostlyKeyboardRun(String lower) {
        int longest = 0;
        for (String run : RUNS) {
            for (String direction :
                    new String[] {run, new StringBuilder(run).reverse().toString()}) {
                for (int start = 0; start < direction.length(); start++) {
                    for (int end = direction.length(); end - start > longest; end--) {
                        if (lower.contains(direction.substring(start, end))) {
                            longest = end - start;
                            break;
                        }
                    }
                }
            }
        }
        return longest * 2 > lower.length();
    }

    private static boolean containsPersonal(String lower, String email, String displayName) {
        String localPart = EmailAddresses.normalise(email).split("@", 2)[0];
        if (localPart.length() >= 4 && lower.contains(localPart)) {
            return true;
        }
        for (String word : displayName.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.length() >= 4 && lower.contains(word)) {
                return true;
            }
        }
        return lower.contains("speakup");
    }

    private static Set<String> load(String resource) {
        var stream = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
