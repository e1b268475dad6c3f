package org.speakup.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.speakup.identity.internal.PasswordPolicy;
import org.speakup.identity.internal.PasswordPolicy.Problem;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.check("Copper-Lantern-Meadow-9", "sam@example.org", "Sam"))
                .isEmpty();
    }

    @Test
    void refusesElevenCharacters() {
        assertThat(PasswordPolicy.check("Abcdefgh1!x", "sam@example.org", "Sam"))
                .contains(Problem.TOO_SHORT);
    }

    @Test
    void refusesMoreThanAHundredAndTwentyEightCharacters() {
        assertThat(PasswordPolicy.check("a1-Zebra-".repeat(15), "sam@example.org", "Sam"))
                .contains(Problem.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwordpassword", "Password2024!", "!!Liverpool1234", "Welcome123456", "iloveyou123456"})
    void refusesBreachListPasswordsEvenWithDigitsAndSymbolsAdded(String password) {
        assertThat(PasswordPolicy.check(password, "sam@example.org", "Sam")).contains(Problem.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaa", "abababababab", "9876543210ab", "abcdefghijk12", "mnbvcxz-54321"})
    void refusesRepeatsAndRunsAlongTheKeyboardOrAlphabet(String password) {
        assertThat(PasswordPolicy.check(password, "sam@example.org", "Sam")).contains(Problem.PREDICTABLE);
    }

    @Test
    void refusesThePersonsOwnNameOrEmail() {
        assertThat(PasswordPolicy.check("florence-rocks-77", "florence@example.org", "Flo"))
                .contains(Problem.CONTAINS_PERSONAL);
        assertThat(PasswordPolicy.check("my-Okonkwo-1999x", "x@example.org", "Chidi Okonkwo"))
                .contains(Problem.CONTAINS_PERSONAL);
    }
}
