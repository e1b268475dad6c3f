package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseFamiliesTest {

    private final List<PhraseFamily> families = RiskDetector.standardFamilies();

    @Test
    void namesEveryFamilyOnce() {
        assertThat(families).extracting(PhraseFamily::name).doesNotHaveDuplicates();
    }

    @Test
    void neverMatchesAnEmptyPhrase() {
        for (PhraseFamily family : families) {
            var m = family.pattern().matcher("if i tell anyone . x");
            while (m.find()) {
                assertThat(m.end()).as(family.name()).isGreaterThan(m.start());
            }
        }
    }

    @Test
    void coversEveryCategory() {
        assertThat(families).extracting(PhraseFamily::category).contains(RiskCategory.values());
    }
}
