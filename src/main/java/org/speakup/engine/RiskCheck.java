package org.speakup.engine;

import org.speakup.engine.risk.RiskDetector;

/**
 * Looks for risk language (suicide, self-harm, danger from others) in a reply. The safety work plugs its detector
 * in here; the analyser only copies the answer into {@link Analysis#risk()}.
 */
@FunctionalInterface
public interface RiskCheck {

    /** For callers that check risk elsewhere. */
    RiskCheck NONE = text -> "none";

    /** The engine's own risk detector. */
    static RiskCheck detector() {
        RiskDetector detector = new RiskDetector();
        return text -> detector.assess(text).isCrisis() ? "crisis" : "none";
    }

    /** {@code "none"} or {@code "crisis"}. */
    String levelOf(String text);
}
