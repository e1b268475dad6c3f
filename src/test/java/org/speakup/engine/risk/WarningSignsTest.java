package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Indirect warning signs, each family against everyday sentences that share its words. */
class WarningSignsTest {

    private static final RiskDetector DETECTOR = new RiskDetector();

    private static boolean flags(String text) {
        return DETECTOR.assess(text).isCrisis();
    }

    @Nested
    class SuicideWarningSignsFamilies {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I've been thinking everyone would cope fine if I just wasn't here",
                    "I'm writing letters to my family to read after I'm gone",
                    "I keep checking how high the bridge is",
                    "I want to fall asleep and not wake up",
                    "Please look after my cats when I'm not here anymore",
                    "I honestly think my kids would have a better life without me around",
                    "I'd be doing everyone a favour by disappearing",
                    "I don't see myself being here next year",
                    "I gave my favourite hoodie to my best friend and told her to keep it forever",
                    "my mate keeps saying the world would be better without him"
                })
        void flagsFarewellsPreparationsAndExpectingNotToBeAround(String text) {
            assertThat(flags(text)).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Sorry for everything I said yesterday, can we talk tonight?",
                    "I won't be here for the meeting on Thursday, I'm at the dentist",
                    "I won't be around next week because I'm on holiday",
                    "There's no future for me in this company, so I'm looking for a new job",
                    "I'm finally ready to let go of the past and move on",
                    "I bought some rope to fix the washing line",
                    "I gave the dog to my sister while I'm travelling",
                    "this is my last post for this year, see you in January",
                    "She said goodbye to everyone at her leaving party",
                    "I'm giving away my old books because I'm moving"
                })
        void ignoresTheSameWordsInEverydayLife(String text) {
            assertThat(flags(text)).as(text).isFalse();
        }
    }

    @Nested
    class SelfHarmSignsFamilies {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "i hit myself until i bruise",
                    "i scratch my skin until it bleeds",
                    "I've been starving myself as a punishment",
                    "I burnt myself with the hair straighteners on purpose",
                    "self harm is the only thing keeping me going right now",
                    "I hid my blades under the mattress"
                })
        void flagsSelfHarmToldWithoutTheWord(String text) {
            assertThat(flags(text)).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I got new marks on my maths test, way better than last time",
                    "The budget cuts are getting worse every year",
                    "I wear long sleeves in summer because of my eczema",
                    "I hurt my body doing too much at the gym",
                    "I relapsed on cigarettes last week",
                    "I have bruises again from hockey"
                })
        void ignoresMarksCutsAndRelapsesOfOtherKinds(String text) {
            assertThat(flags(text)).as(text).isFalse();
        }
    }

    @Nested
    class ControlAndGrooming {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "he took my bank card and my passport so I can't leave",
                    "My dad locks me in the cupboard when I'm bad",
                    "a grown man keeps messaging me and told me not to tell my mum",
                    "He said if I ever leave he'll make sure I regret it",
                    "my grandson takes my pension and shouts at me if I ask for it",
                    "my stepdad said no one will believe me if I tell"
                })
        void flagsCoercionConfinementAndGrooming(String text) {
            assertThat(flags(text)).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "My partner checks my phone for the weather because his is broken",
                    "I'm not allowed to eat before the operation tomorrow",
                    "I got locked out of the house and had to call a locksmith",
                    "My husband said he'll take the kids to school tomorrow"
                })
        void ignoresOrdinaryHouseholdLife(String text) {
            assertThat(flags(text)).as(text).isFalse();
        }
    }

    @Nested
    class RevengeAndWarnings {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I want to burn the school down with everyone in it",
                    "I told my son I'd break his legs and I nearly did",
                    "I snapped and hit my toddler and I'm scared I'll do it again",
                    "If he fires me he'll regret it. I know where he lives."
                })
        void flagsThreatsAndHarmToOthers(String text) {
            assertThat(flags(text)).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I know where he lives, I'll drop the parcel round later",
                    "I started following her on Instagram",
                    "I've got something in my bag for you, it's a present",
                    "I shook my baby's rattle to make her laugh",
                    "Don't come to school tomorrow if you're still sick"
                })
        void ignoresTheSameWordsWithoutIntent(String text) {
            assertThat(flags(text)).as(text).isFalse();
        }
    }
}
