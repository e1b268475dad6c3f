package org.speakup.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speakup.engine.DearManPart;
import org.speakup.engine.Style;
import org.speakup.engine.marker.Markers;
import org.speakup.engine.marker.Words;

class ReplyModelsTest {

    private static final List<String> REPLIES = List.of(
            "No.",
            "I can't stay late this Friday. I can help with the report on Monday morning if that works.",
            "Sorry, sorry, I'll just do it, it's fine really.",
            "Do it properly next time or don't bother coming in.",
            "Sure, because my weekends obviously don't matter.",
            "You've been late three times this week; I need you on time from Monday. That way the "
                    + "early shift can leave when they should. Could we talk about it on Thursday instead?",
            "nah im not lending it again sry, maybe next month?",
            "Wow, thanks for remembering me, finally. 🙄",
            "J'ai besoin que tu rendes le livre vendredi.",
            "I think you're an idiot and I'm done covering for you.");

    @Test
    void theBundledModelsShareOneFeatureLookup() {
        assertThat(ReplyModels.bundled().sharesFeatures()).isTrue();
    }

    @Test
    void theSharedLookupScoresExactlyAsTribuoDoesModelByModel() {
        ReplyModels models = ReplyModels.bundled();
        for (String text : REPLIES) {
            Words words = Words.of(text);
            FeatureVector features = FeatureVector.of(
                    MiniLmEmbedder.shared().embed(text), HandFeatures.of(text, Markers.scan(words)), words);

            ModelPrediction fast = models.predict(features);
            ModelPrediction reference = models.predictEachOnItsOwn(features);

            for (Style style : Style.values()) {
                assertThat(fast.styles().get(style))
                        .as("%s for %s", style, text)
                        .isCloseTo(reference.styles().get(style), within(1e-12));
            }
            for (DearManPart part : DearManPart.values()) {
                assertThat(fast.dearMan().get(part))
                        .as("%s for %s", part, text)
                        .isCloseTo(reference.dearMan().get(part), within(1e-12));
            }
            assertThat(fast.iStatement()).isCloseTo(reference.iStatement(), within(1e-12));
        }
    }
}
