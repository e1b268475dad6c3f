package org.speakup.practice.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.speakup.practice.scenario.Audience;
import org.speakup.practice.scenario.Context;
import org.speakup.practice.scenario.Counterpart;
import org.speakup.practice.scenario.Ending;
import org.speakup.practice.scenario.ReplyStyle;
import org.speakup.practice.scenario.Scenario;
import org.speakup.practice.scenario.Skill;
import org.speakup.practice.scenario.Step;
import org.speakup.practice.scenario.Temperament;

/** A two-step scenario and a one-turn transcript: enough for a counterpart to answer. */
final class CounterpartFixture {

    static final Step TEST = new Step(
            "test",
            List.of("Oh come on, I'll fill it up this time, promise.", "But I already told everyone I'd drive."),
            Map.of(
                    ReplyStyle.PASSIVE, "respected",
                    ReplyStyle.ASSERTIVE, "respected",
                    ReplyStyle.AGGRESSIVE, "respected",
                    ReplyStyle.PASSIVE_AGGRESSIVE, "respected"),
            null);

    static final Step RESPECTED =
            new Step("respected", List.of("Okay, fair enough. I'll ask someone else."), Map.of(), Ending.HELD_POSITION);

    static final Scenario SCENARIO = new Scenario(
            "friends-borrow-the-car",
            1,
            "Lending the car again",
            Context.FRIENDS,
            Skill.SAYING_NO,
            Audience.ADULT,
            2,
            new Counterpart("Priya", "your flatmate", Temperament.PUSHY),
            "Priya asks to borrow your car for the weekend again, and you need it on Saturday.",
            "Say no and stay on good terms.",
            List.of("Broken record (Smith, When I Say No, I Feel Guilty, 1975)"),
            null,
            "test",
            Map.of("test", TEST, "respected", RESPECTED),
            Map.of(Ending.HELD_POSITION, "You held your position."));

    static final List<Turn> TRANSCRIPT = List.of(new Turn(
            1, "Can I take the car this weekend?", "No, I need the car on Saturday.", ReplyStyle.ASSERTIVE, 0.9, 1));

    static LanguageModelSettings on(String baseUrl, Duration timeout) {
        return new LanguageModelSettings(true, baseUrl, "test-model", null, timeout);
    }

    static LanguageModelSettings off(String baseUrl) {
        return new LanguageModelSettings(false, baseUrl, "test-model", null, Duration.ofSeconds(5));
    }

    private CounterpartFixture() {}
}
