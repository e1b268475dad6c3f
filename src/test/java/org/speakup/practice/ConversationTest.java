package org.speakup.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.speakup.practice.internal.Conversation;
import org.speakup.practice.scenario.Ending;
import org.speakup.practice.scenario.ReplyStyle;
import org.speakup.practice.scenario.Scenario;
import org.speakup.practice.scenario.ScenarioLibrary;
import org.speakup.practice.scenario.Step;

/** How counterparts react to each style, checked on every bundled scenario. */
class ConversationTest {

    private static final ScenarioLibrary LIBRARY = new ScenarioLibrary();

    @Test
    void repliesThatStayAssertiveEndInHeldPositionOrCompromiseNeverInGivingInOrEscalation() {
        for (Scenario scenario : LIBRARY.all()) {
            assertThat(endAfterReplying(scenario, ReplyStyle.ASSERTIVE))
                    .as(scenario.id())
                    .isIn(Ending.HELD_POSITION, Ending.COMPROMISE);
        }
    }

    @Test
    void anAssertiveReplyIsTestedAtLeastOnceFromLevelTwoSoTheUserPractisesHoldingTheLine() {
        for (Scenario scenario : LIBRARY.all()) {
            if (scenario.difficulty() >= 2) {
                Step afterFirst = Conversation.nextStep(scenario, scenario.start(), ReplyStyle.ASSERTIVE);
                assertThat(afterFirst.isEnd()).as(scenario.id()).isFalse();
            }
        }
    }

    @Test
    void repliesThatStayPassiveEndWithGivingIn() {
        for (Scenario scenario : LIBRARY.all()) {
            assertThat(endAfterReplying(scenario, ReplyStyle.PASSIVE))
                    .as(scenario.id())
                    .isEqualTo(Ending.GAVE_IN);
        }
    }

    @Test
    void repliesThatStayAggressiveEscalate() {
        for (Scenario scenario : LIBRARY.all()) {
            assertThat(endAfterReplying(scenario, ReplyStyle.AGGRESSIVE))
                    .as(scenario.id())
                    .isEqualTo(Ending.ESCALATED);
        }
    }

    @Test
    void aPassiveAggressiveReplyNeverEndsTheConversationAtOnce() {
        for (Scenario scenario : LIBRARY.all()) {
            Step next = Conversation.nextStep(scenario, scenario.start(), ReplyStyle.PASSIVE_AGGRESSIVE);
            assertThat(next.isEnd()).as(scenario.id()).isFalse();
        }
    }

    @Test
    void repeatPractiseHearsDifferentPhrasings() {
        Scenario scenario = LIBRARY.find("work-cover-client-call").orElseThrow();
        Step opening = scenario.step(scenario.start());
        Set<String> heard = new HashSet<>();
        Random random = new Random(7);
        String previous = null;
        for (int i = 0; i < 20; i++) {
            previous = Conversation.line(opening, previous, random);
            heard.add(previous);
        }
        assertThat(heard).hasSize(opening.lines().size());
    }

    private static Ending endAfterReplying(Scenario scenario, ReplyStyle style) {
        String step = scenario.start();
        for (int turn = 0; turn < Conversation.TURN_LIMIT; turn++) {
            Step next = Conversation.nextStep(scenario, step, style);
            if (next.isEnd()) {
                return next.end();
            }
            step = next.id();
        }
        return null;
    }
}
