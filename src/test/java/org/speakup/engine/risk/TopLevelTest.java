package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopLevelTest {

    @Test
    void splitsOnlyOutsideGroupsClassesAndEscapes() {
        assertThat(TopLevel.alternatives("a (?:b|c)|d[|]e|f\\|g|h"))
                .containsExactly("a (?:b|c)", "d[|]e", "f\\|g", "h");
    }

    @Test
    void keepsASingleAlternativeWhole() {
        assertThat(TopLevel.alternatives("kill (?:myself|me)")).containsExactly("kill (?:myself|me)");
    }
}
