package org.speakup.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speakup.platform.encryption.EncryptionProperties;
import org.speakup.platform.encryption.KeyRing;

class FieldCipherTest {

    private static final String KEY_A = "a:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String KEY_B = "b:HxwdHBsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=";

    @TempDir
    Path data;

    private FieldCipher cipher(String keys) {
        return new FieldCipher(new KeyRing(new EncryptionProperties(keys, data.resolve("dev.key"))));
    }

    @Test
    void whatIsEncryptedDecryptsToTheSameTextAndDoesNotContainIt() {
        FieldCipher cipher = cipher(KEY_A);
        String text = "I felt my chest tighten when she asked again \uD83D\uDE1F";

        String ciphertext = cipher.encrypt(text, "diary:1");

        assertThat(ciphertext).startsWith("v1:a:").doesNotContain("chest");
        assertThat(cipher.decrypt(ciphertext, "diary:1")).isEqualTo(text);
    }

    @Test
    void theSameTextEncryptsDifferentlyEachTime() {
        FieldCipher cipher = cipher(KEY_A);

        assertThat(cipher.encrypt("same", "c")).isNotEqualTo(cipher.encrypt("same", "c"));
    }

    @Test
    void aValueMovedToAnotherRecordNoLongerDecrypts() {
        FieldCipher cipher = cipher(KEY_A);
        String ciphertext = cipher.encrypt("private", "client_profiles.goal:one");

        assertThatThrownBy(() -> cipher.decrypt(ciphertext, "client_profiles.goal:two"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedValueIsDetected() {
        FieldCipher cipher = cipher(KEY_A);
        String ciphertext = cipher.encrypt("private", "c");
        char last = ciphertext.charAt(ciphertext.length() - 3);
        String tampered = ciphertext.substring(0, ciphertext.length() - 3)
                + (last == 'A' ? 'B' : 'A')
                + ciphertext.substring(ciphertext.length() - 2);

        assertThatThrownBy(() -> cipher.decrypt(tampered, "c")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterRotationNewValuesUseTheNewKeyAndOldValuesStillDecrypt() {
        String old = cipher(KEY_A).encrypt("written last year", "c");
        FieldCipher rotated = cipher(KEY_B + "," + KEY_A);

        assertThat(rotated.encrypt("written today", "c")).startsWith("v1:b:");
        assertThat(rotated.decrypt(old, "c")).isEqualTo("written last year");
    }

    @Test
    void withoutConfiguredKeysADevelopmentKeyIsCreatedOnceAndReused() throws Exception {
        String ciphertext = cipher("").encrypt("dev text", "c");

        assertThat(Files.readString(data.resolve("dev.key"))).startsWith("dev:");
        assertThat(cipher("").decrypt(ciphertext, "c")).isEqualTo("dev text");
    }

    @Test
    void aMalformedKeyStopsStartUpWithAMessageNamingTheSetting() {
        assertThatThrownBy(() -> cipher("a:not-base64!"))
                .hasMessageContaining("speakup.encryption.keys")
                .hasMessageContaining("'a'");
        assertThatThrownBy(() -> cipher("a:AAEC")).hasMessageContaining("32 bytes");
    }
}
