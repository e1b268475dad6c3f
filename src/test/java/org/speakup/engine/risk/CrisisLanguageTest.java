package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speakup.engine.risk.RiskCategory.HARM_FROM_OTHERS;
import static org.speakup.engine.risk.RiskCategory.HARM_TO_OTHERS;
import static org.speakup.engine.risk.RiskCategory.SELF_HARM;
import static org.speakup.engine.risk.RiskCategory.SUICIDAL_THOUGHTS;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Texts that must be flagged, by category and by the way they are worded. Examples are our own. */
class CrisisLanguageTest {

    private static final RiskDetector DETECTOR = new RiskDetector();

    private static void assertCrisis(String text, RiskCategory category) {
        RiskAssessment assessment = DETECTOR.assess(text);
        assertThat(assessment.level()).as(text).isEqualTo(RiskLevel.CRISIS);
        assertThat(assessment.category()).as(text).contains(category);
    }

    @Nested
    class SuicidalThoughts {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I want to kill myself.",
                    "Honestly I've been feeling suicidal for weeks",
                    "I keep thinking about ending my life",
                    "I'm planning to take my own life on Friday",
                    "I have a suicide plan",
                    "I tried to kill myself in March and I think about trying again"
                })
        void flagsExplicitStatements(String text) {
            assertCrisis(text, SUICIDAL_THOUGHTS);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "My family would honestly be happier without me",
                    "Nobody would even notice if I was gone",
                    "I'm just a burden on my parents",
                    "I've started giving away all my books and my guitar",
                    "I don't want to be here anymore",
                    "I wish I'd never been born",
                    "I really can't take it anymore",
                    "I'm so tired of being alive",
                    "There is no reason for me to keep going, nothing to live for",
                    "I hope I don't wake up tomorrow",
                    "Wrote letters to everyone for when I'm gone.",
                    "I've been saving up my tablets",
                    "I'm not sure I want to live",
                    "Sometimes I think about jumping off the bridge near school"
                })
        void flagsIndirectStatements(String text) {
            assertCrisis(text, SUICIDAL_THOUGHTS);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "kms fr",
                    "i wanna unalive",
                    "thinking about unaliving tbh",
                    "i just wanna dieeee",
                    "sucidal again",
                    "im gonna kms",
                    "i want 2 die",
                    "w4nt to d1e",
                    "honestly might just ctb",
                    "I don’t wanna be alive",
                    "i dont want to exist anymore",
                    "DONT WANT TO LIVE"
                })
        void flagsSlangMisspellingsAndTextingForms(String text) {
            assertCrisis(text, SUICIDAL_THOUGHTS);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "If I fail this year I'll kill myself, I mean it",
                    "What if I just ended it all?",
                    "Is it normal to want to die every day?"
                })
        void flagsHypotheticalsAndQuestionsAboutTheWriter(String text) {
            assertCrisis(text, SUICIDAL_THOUGHTS);
        }
    }

    @Nested
    class SelfHarm {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I cut myself last night",
                    "I've been burning myself with a lighter",
                    "I scratched my arms until they bled",
                    "I keep hitting myself when I get angry",
                    "I self harm when things get too much",
                    "Relapsed again after 40 days",
                    "I started cutting again",
                    "I have fresh cuts on my thighs",
                    "I need to hide my cuts before PE",
                    "took the blade out of my sharpener",
                    "the urge to cut is so strong tonight",
                    "I used to self harm"
                })
        void flagsSelfHarm(String text) {
            assertCrisis(text, SELF_HARM);
        }

        @ParameterizedTest
        @ValueSource(strings = {"sh urges are bad today", "i relapsed on sh", "been cuttin again", "i cut agian"})
        void flagsSlangAndMisspellings(String text) {
            assertThat(DETECTOR.assess(text).isCrisis()).as(text).isTrue();
        }
    }

    @Nested
    class HarmFromOthers {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "My dad hits me when he's had a drink",
                    "my mum slapped me again",
                    "my stepdad punched me in the stomach",
                    "He pushed me down the stairs",
                    "my boyfriend choked me during an argument",
                    "He said he would kill me if I ever left",
                    "she threatened to hurt my little brother",
                    "My uncle told me not to tell anyone what happened",
                    "My coach said it's our little secret",
                    "If I tell anyone he said I'll be sorry",
                    "I'm scared to go home tonight",
                    "I don't feel safe at home",
                    "people in the group chat keep telling me to kill myself",
                    "a guy from the group chat said he's going to jump me after school",
                    "someone posted my address and said they're coming for me",
                    "he's threatening to share my nudes",
                    "an older guy keeps asking me for nudes",
                    "I was raped at a party",
                    "He touched me when I was asleep",
                    "They locked me in my room for two days"
                })
        void flagsAbuseViolenceAndThreats(String text) {
            assertCrisis(text, HARM_FROM_OTHERS);
        }
    }

    @Nested
    class HarmToOthers {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I want to kill him for what he did to me",
                    "I'm going to stab him tomorrow",
                    "I keep having thoughts of hurting my baby",
                    "I'm going to bring a knife to school",
                    "I hit my girlfriend again",
                    "I'm going to make them all pay"
                })
        void flagsIntentToHarmOthers(String text) {
            assertCrisis(text, HARM_TO_OTHERS);
        }
    }

    @Nested
    class ThirdParties {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "My friend says she wants to kill herself",
                    "my sister keeps saying she's going to end it all",
                    "Sam told me he's been feeling suicidal",
                    "my best mate tried to kill himself last night and I don't know what to do"
                })
        void flagsAFriendAtRiskOfSuicideWithTheFriendsCategory(String text) {
            assertCrisis(text, SUICIDAL_THOUGHTS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"my best friend is cutting herself", "My brother has been burning himself"})
        void flagsAFriendWhoSelfHarms(String text) {
            assertCrisis(text, SELF_HARM);
        }

        @ParameterizedTest
        @ValueSource(strings = {"my friend's dad hits her", "Her boyfriend beats her"})
        void flagsAFriendBeingHurt(String text) {
            assertCrisis(text, HARM_FROM_OTHERS);
        }
    }
}
