package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SpellingsTest {

    @Test
    void readsTheShippedWordList() {
        assertThat(Spellings.lookup("sucidal")).isEqualTo("suicidal");
        assertThat(Spellings.lookup("kms")).isEqualTo("kill myself");
        assertThat(Spellings.lookup("suicidal")).isNull();
    }

    @Test
    void skipsCommentsAndBlankLines() throws Exception {
        var words = Spellings.parse(new BufferedReader(new StringReader("# note\n\nwanna = want to\n")));

        assertThat(words).containsExactly(java.util.Map.entry("wanna", "want to"));
    }

    @Test
    void namesTheLineOfABrokenEntry() {
        assertThatThrownBy(() -> Spellings.parse(new BufferedReader(new StringReader("ok = fine\nbroken\n"))))
                .hasMessageContaining("line 2");
    }
}
