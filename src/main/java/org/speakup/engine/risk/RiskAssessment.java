package org.speakup.engine.risk;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on one text. CRISIS exactly when at least one trigger survived the rules; the first
 * trigger in reading order is the primary one.
 */
public record RiskAssessment(RiskLevel level, List<RiskTrigger> triggers) {

    private static final RiskAssessment NONE = new RiskAssessment(RiskLevel.NONE, List.of());

    public RiskAssessment {
        triggers = List.copyOf(triggers);
        if ((level == RiskLevel.CRISIS) == triggers.isEmpty()) {
            throw new IllegalArgumentException("CRISIS needs triggers and NONE must have none");
        }
    }

    public static RiskAssessment none() {
        return NONE;
    }

    static RiskAssessment of(List<RiskTrigger> triggers) {
        return triggers.isEmpty() ? NONE : new RiskAssessment(RiskLevel.CRISIS, triggers);
    }

    public boolean isCrisis() {
        return level == RiskLevel.CRISIS;
    }

    public Optional<RiskTrigger> primary() {
        return triggers.stream().findFirst();
    }

    public Optional<RiskCategory> category() {
        return primary().map(RiskTrigger::category);
    }
}
