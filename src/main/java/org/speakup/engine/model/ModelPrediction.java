package org.speakup.engine.model;

import java.util.Map;
import org.speakup.engine.DearManPart;
import org.speakup.engine.Style;

/** What the trained models say about one reply, as probabilities. */
public record ModelPrediction(Map<Style, Double> styles, double iStatement, Map<DearManPart, Double> dearMan) {}
