package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternIndexTest {

    private static final List<PhraseFamily> FAMILIES = RiskDetector.standardFamilies();
    private static final RiskDetector DETECTOR = new RiskDetector(FAMILIES, List.of());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "my friend said she wants to kill herself and I think I want to die too",
                "he hits me, he said he'll hurt me if I tell anyone, I'm scared to go home",
                "i cut again last night, been cutting a lot, the urge to cut is bad",
                "I'm a burden, everyone would be better off without me, giving my stuff away",
                "took 20 pills, I want to overdose, stockpiling my meds",
                "I'm going to bring a knife to school and make them all pay"
            })
    void findsEveryMatchThatAFullScanFinds(String original) {
        NormalisedText text = new TextNormaliser().normalise(original);
        List<Candidate> indexed = DETECTOR.candidates(text);

        for (Candidate scanned : fullScan(text)) {
            assertThat(indexed).as(scanned.family().name()).contains(scanned);
        }
    }

    private static List<Candidate> fullScan(NormalisedText text) {
        List<Candidate> found = new ArrayList<>();
        for (PhraseFamily family : FAMILIES) {
            Matcher m = family.pattern().matcher(text.text());
            while (m.find()) {
                found.add(new Candidate(family, m.start(), m.end()));
            }
        }
        assertThat(found).isNotEmpty();
        return found;
    }
}
