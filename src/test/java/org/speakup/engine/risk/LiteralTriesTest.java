package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiteralTriesTest {

    private static final String WORDS = "(?:hurt|hurts|hurting|harm|hit|hitting|his self|a|ab|abc)";

    @Test
    void rewritesAWordListAsATrie() {
        assertThat(LiteralTries.optimise("(?:cut|cuts|cutting)")).isEqualTo("(?:cut(?:s|ting)?)");
    }

    @Test
    void leavesGroupsWithOtherSyntaxAlone() {
        assertThat(LiteralTries.optimise("(?:cut|burn\\w*)")).isEqualTo("(?:cut|burn\\w*)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hurt", "hurts", "hurting", "harm", "hit", "hitting", "his self", "a", "ab", "abc"})
    void matchesExactlyTheSameWords(String word) {
        Pattern trie = Pattern.compile("\\b" + LiteralTries.optimise(WORDS) + "\\b");

        assertThat(trie.matcher(word).matches()).isTrue();
        assertThat(trie.matcher(word + "x").matches()).isFalse();
        assertThat(trie.matcher("hur").matches()).isFalse();
    }
}
