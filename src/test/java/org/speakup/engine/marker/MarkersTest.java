package org.speakup.engine.marker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.speakup.engine.Span;

class MarkersTest {

    private static List<String> kindsIn(String text) {
        return Markers.scan(text).stream().map(Span::kind).toList();
    }

    private static List<String> phrasesIn(String text, String kind) {
        return Markers.scan(text).stream()
                .filter(s -> s.kind().equals(kind))
                .map(s -> text.substring(s.start(), s.end()))
                .toList();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Um, I guess I could maybe do it | hedge",
                "Is it ok if I leave at five? | permission_seeking",
                "It's only a tiny thing really | minimising",
                "Sorry, so sorry, I didn't mean it | over_apology",
                "I'm so stupid, I forgot again | self_deprecation",
                "That's a good plan, isn't it? | tag_question",
                "Fine, whatever you want | giving_in",
                "You always leave the dishes | blaming_you",
                "Nobody ever helps round here | absolute",
                "You're an idiot | insult",
                "Typical. I expected nothing better | contempt",
                "Do it again and I'll report you | threat",
                "Give me my charger back. | bare_command",
                "Oh great, thanks a lot for that | sarcasm",
                "After everything I've done for you | guilt_trip",
                "Fine. I'll do it. Like always. | resentful_compliance",
                "I feel hurt when plans change last minute | i_statement",
                "No thanks, not this time. | clear_refusal",
                "Please send the report by Friday | clear_request",
                "I understand you're busy | validation",
                "You've been late three times this week | fact",
                "How about Tuesday instead? | compromise",
                "That way we'll both get a proper weekend | benefit",
            })
    void findsEachKindOfMarker(String text, String kind) {
        assertThat(kindsIn(text)).contains(kind);
    }

    @Test
    void oneSorryIsNotOverApology() {
        assertThat(kindsIn("Sorry, I can't make Friday, but Saturday works.")).doesNotContain("over_apology");
    }

    @Test
    void twoApologiesAreBothMarked() {
        assertThat(phrasesIn("Sorry! Sorry, I'll move it.", "over_apology")).containsExactly("Sorry", "Sorry");
    }

    @Test
    void overJustificationNeedsThreeReasons() {
        assertThat(kindsIn("I can't because I'm working.")).doesNotContain("over_justification");
        assertThat(kindsIn("I can't because I'm working, and also my mum is visiting, plus the car is broken"))
                .contains("over_justification");
    }

    @Test
    void aPoliteRequestIsNotABareCommand() {
        assertThat(kindsIn("Please give me my charger back.")).doesNotContain("bare_command");
        assertThat(kindsIn("Give me my charger back.")).contains("bare_command");
    }

    @Test
    void aPlainNoIsOnlyARefusalWhenItOpensASentence() {
        assertThat(phrasesIn("No. I'm busy.", "clear_refusal")).containsExactly("No");
        assertThat(kindsIn("There's no milk left")).doesNotContain("clear_refusal");
    }

    @Test
    void matchesTextingFormsWithoutApostrophes() {
        assertThat(kindsIn("im not ok with that tbh")).contains("i_statement");
        assertThat(kindsIn("idk maybe")).contains("hedge");
    }

    @Test
    void matchesCurlyApostrophes() {
        assertThat(kindsIn("I’m worried about the money")).contains("i_statement");
        assertThat(kindsIn("I’d rather not go")).contains("clear_refusal");
    }

    @Test
    void aWordInsideALongerMarkedPhraseIsExplainedOnce() {
        List<Span> spans = Markers.scan("Don't worry, I'll just do it.");
        assertThat(spans).extracting(Span::kind).contains("giving_in").doesNotContain("minimising");
    }

    @Test
    void spansPointAtTheOriginalCharacters() {
        String text = "😀 Honestly, I guess it's fine";
        for (Span span : Markers.scan(text)) {
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(span.start(), span.end())).isNotBlank();
        }
        assertThat(phrasesIn(text, "hedge")).containsExactly("I guess");
    }

    @Test
    void everyNoteIsOneLineAboutTheReply() {
        for (MarkerKind kind : MarkerKind.values()) {
            assertThat(kind.note())
                    .doesNotContain("\n")
                    .doesNotStartWith("You are")
                    .endsWith(".");
        }
    }

    @Test
    void aNeutralSentenceHasNoMarkers() {
        assertThat(Markers.scan("The train leaves at nine from platform two.")).isEmpty();
    }
}
