package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskAssessmentTest {

    private final RiskTrigger trigger = new RiskTrigger(RiskCategory.SELF_HARM, "cut", 2, 5, "cutting-again");

    @Test
    void isACrisisExactlyWhenItHasTriggers() {
        assertThat(RiskAssessment.of(List.of(trigger)).isCrisis()).isTrue();
        assertThat(RiskAssessment.of(List.of()).isCrisis()).isFalse();
    }

    @Test
    void refusesACrisisWithoutATriggerAndNoneWithOne() {
        assertThatThrownBy(() -> new RiskAssessment(RiskLevel.CRISIS, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskAssessment(RiskLevel.NONE, List.of(trigger)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesTheFirstTriggerAsPrimary() {
        assertThat(RiskAssessment.of(List.of(trigger)).category()).contains(RiskCategory.SELF_HARM);
        assertThat(RiskAssessment.none().category()).isEmpty();
    }

    @Test
    void refusesASpanThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new RiskTrigger(RiskCategory.SELF_HARM, "x", 5, 2, "f"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
