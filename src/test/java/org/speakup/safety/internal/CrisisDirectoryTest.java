package org.speakup.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speakup.safety.CrisisLine;

class CrisisDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void theBundledDirectoryLoadsWithAFallbackForUnknownCountries() throws Exception {
        var directory = new CrisisDirectory(new SafetyProperties(null));

        assertThat(directory.forCountry("GB").lines()).isNotEmpty();
        assertThat(directory.forCountry("gb").countryCode()).isEqualTo("GB");
        assertThat(directory.forCountry("AQ").international()).isTrue();
        assertThat(directory.forCountry(null).fallbackMessage()).isNotBlank();
        assertThat(directory.all()).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void aClinicsOwnFileReplacesTheBundledOne() throws Exception {
        Path file = write("""
                {"countries":[{"code":"NZ","name":"New Zealand","emergency":"111",
                  "lines":[{"name":"Need to talk?","phone":"1737"}]}],
                 "international":{"message":"Call your local emergency number.","emergency":"your local emergency number",
                  "directories":[{"name":"A directory","web":"example.org"}]}}""");

        var directory = new CrisisDirectory(new SafetyProperties(file));

        assertThat(directory.forCountry("NZ").lines())
                .extracting(CrisisLine::dialable)
                .containsExactly("1737");
        assertThat(directory.forCountry("GB").international()).isTrue();
    }

    @Test
    void aBrokenFileStopsStartUpNamingTheFileAndTheField() throws Exception {
        Path noPhone = write("""
                {"countries":[{"code":"NZ","name":"New Zealand","emergency":"111","lines":[{"name":"Nothing to call"}]}],
                 "international":{"message":"m","emergency":"e","directories":[{"name":"d","web":"w"}]}}""");
        Path badCode = write("""
                {"countries":[{"code":"XX","name":"Nowhere","emergency":"1","lines":[{"name":"n","phone":"1"}]}],
                 "international":{"message":"m","emergency":"e","directories":[{"name":"d","web":"w"}]}}""");

        assertThatThrownBy(() -> new CrisisDirectory(new SafetyProperties(noPhone)))
                .hasMessageContaining(noPhone.toString())
                .hasMessageContaining("countries[0].lines[0]");
        assertThatThrownBy(() -> new CrisisDirectory(new SafetyProperties(badCode)))
                .hasMessageContaining("countries[0].code");
    }

    private Path write(String json) throws Exception {
        Path file = Files.createTempFile(dir, "crisis", ".json");
        Files.writeString(file, json);
        return file;
    }
}
