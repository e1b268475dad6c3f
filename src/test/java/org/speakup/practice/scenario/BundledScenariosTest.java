package org.speakup.practice.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BundledScenariosTest {

    private final ScenarioLibrary library = new ScenarioLibrary();

    @Test
    void loadsAllFortyEightBundledScenariosWithoutAProblem() {
        assertThat(library.all()).hasSize(48);
    }

    @Test
    void listsScenariosEasiestFirstThenByTitle() {
        List<Scenario> all = library.all();
        for (int i = 1; i < all.size(); i++) {
            Scenario before = all.get(i - 1);
            Scenario after = all.get(i);
            assertThat(before.difficulty()).isLessThanOrEqualTo(after.difficulty());
            if (before.difficulty() == after.difficulty()) {
                assertThat(before.title()).isLessThanOrEqualTo(after.title());
            }
        }
    }

    @Test
    void findsAScenarioByIdAndNothingForAnUnknownId() {
        Scenario bullying = library.find("teen-corridor-bullying").orElseThrow();

        assertThat(bullying.counterpart().temperament()).isEqualTo(Temperament.HOSTILE);
        assertThat(bullying.step("opening").next()).containsEntry(ReplyStyle.ASSERTIVE, "stare_down");
        assertThat(bullying.step("walks_off").end()).isEqualTo(Ending.HELD_POSITION);
        assertThat(library.find("no-such-scenario")).isEmpty();
    }

    @Test
    void coversEveryContextSkillAndTrack() {
        assertThat(used(Scenario::context)).isEqualTo(EnumSet.allOf(Context.class));
        assertThat(used(Scenario::skill)).isEqualTo(EnumSet.allOf(Skill.class));
        assertThat(used(Scenario::track)).isEqualTo(EnumSet.allOf(Audience.class));
    }

    private <T> Set<T> used(java.util.function.Function<Scenario, T> property) {
        return library.all().stream().map(property).collect(Collectors.toSet());
    }
}
