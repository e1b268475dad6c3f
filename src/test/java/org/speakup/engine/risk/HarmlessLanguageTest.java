package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hard negatives: the same words in harmless senses, one nested class per family. */
class HarmlessLanguageTest {

    private static final RiskDetector DETECTOR = new RiskDetector();

    private static void assertNone(String text) {
        RiskAssessment assessment = DETECTOR.assess(text);
        assertThat(assessment.triggers()).as(text).isEmpty();
        assertThat(assessment.level()).isEqualTo(RiskLevel.NONE);
    }

    @Nested
    class Idioms {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "this commute is killing me",
                    "I could murder a pizza right now",
                    "I nearly died laughing at his face",
                    "I wanted the floor to swallow me up",
                    "I was so embarrassed I wanted to die",
                    "My mum is going to kill me when she sees this phone bill",
                    "I'd rather die than do karaoke again",
                    "I'm dying to know what happens next",
                    "that meeting made me lose the will to live",
                    "Killing myself at the gym to get fit for summer",
                    "It suddenly hit me that I'd forgotten her birthday",
                    "Beats me why they cancelled it",
                    "hit me up if you're free later",
                    "I'll kill him if he eats my leftovers again lol",
                    "My feet are killing me",
                    "She absolutely killed it on stage"
                })
        void ignoresIdioms(String text) {
            assertNone(text);
        }
    }

    @Nested
    class ObjectsAndMachines {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "my phone died halfway through the call",
                    "kill the process and restart the server",
                    "the battery is dead again",
                    "The plant I bought last month died",
                    "I cut the cake and gave everyone a slice",
                    "we need to cut costs this quarter"
                })
        void ignoresThingsThatDieOrGetCut(String text) {
            assertNone(text);
        }
    }

    @Nested
    class MediaAndStudy {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "We read Romeo and Juliet, where they both kill themselves at the end",
                    "In the film the main character kills himself",
                    "The documentary follows a woman who self harms",
                    "I'm doing my psychology essay on self-harm",
                    "The novel is about a girl who was raped and nobody believed her",
                    "I killed him in Fortnite lol"
                })
        void ignoresNeutralMentionsOfFilmsBooksGamesAndSchoolwork(String text) {
            assertNone(text);
        }
    }

    @Nested
    class NegatedOrResolved {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'm not suicidal, just stressed about exams",
                    "I would never hurt myself",
                    "I don't want to die, I just want things to change",
                    "No thoughts of self harm this week",
                    "I used to self-harm but I've been clean for two years",
                    "When I was 15 I tried to kill myself, but I'm in a much better place now",
                    "I don't think I'm suicidal"
                })
        void ignoresNegationsAndPastEventsThatAreOver(String text) {
            assertNone(text);
        }
    }

    @Nested
    class HelpingOthers {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "How can I support someone who self harms?",
                    "I volunteer on a suicide prevention helpline",
                    "What should you say if someone tells you they want to die?",
                    "As a nurse I often talk to patients who have thoughts of suicide",
                    "My uncle took his own life when I was small"
                })
        void ignoresHelpingOthersInGeneral(String text) {
            assertNone(text);
        }
    }

    @Nested
    class AssertivePractice {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "It hurts me when you make jokes about my weight",
                    "No, I won't lend you my car again",
                    "I need you to stop interrupting me in meetings",
                    "Please don't push me into deciding right now",
                    "I felt hurt when you forgot my birthday",
                    "My friend asked me to keep her surprise party a secret",
                    "I'm giving my old clothes to charity before the move"
                })
        void ignoresRolePlayReplies(String text) {
            assertNone(text);
        }
    }

    @Nested
    class Medical {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I cut myself shaving this morning",
                    "I hurt myself playing football",
                    "I burned my arm on the oven door",
                    "I accidentally took too many vitamins",
                    "The GP asked whether I'd had thoughts of harming myself and I said no"
                })
        void ignoresAccidentsAndCheckUps(String text) {
            assertNone(text);
        }
    }
}
