package org.speakup.engine;

/**
 * Looks for risk language (suicide, self-harm, danger from others) in a reply. The safety work plugs its detector
 * in here; the analyser only copies the answer into {@link Analysis#risk()}.
 */
@FunctionalInterface
public interface RiskCheck {

    /** Used until a real detector is wired in. */
    RiskCheck NONE = text -> "none";

    /** {@code "none"} or {@code "crisis"}. */
    String levelOf(String text);
}
