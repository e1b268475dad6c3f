package org.speakup.engine.model;

import java.util.EnumMap;
import java.util.Map;
import org.speakup.engine.DearManPart;
import org.speakup.engine.Style;

/** What the trained models say about one reply, as probabilities. */
public record ModelPrediction(Map<Style, Double> styles, double iStatement, Map<DearManPart, Double> dearMan) {

    /** Half the model's view and half certainty for {@code style}: a rule has spoken, the model still shows. */
    public ModelPrediction leaningTo(Style style) {
        Map<Style, Double> blended = new EnumMap<>(Style.class);
        styles.forEach((s, p) -> blended.put(s, p / 2 + (s == style ? 0.5 : 0.0)));
        return new ModelPrediction(blended, iStatement, dearMan);
    }
}
