package org.speakup.practice.internal;

import java.util.List;
import java.util.Random;
import org.speakup.practice.scenario.Scenario;
import org.speakup.practice.scenario.Step;

/** The scenario's own phrasings, picked at random; what every installation uses by default. */
final class ScriptedVoice implements CounterpartVoice {

    private final Random random;

    ScriptedVoice(Random random) {
        this.random = random;
    }

    @Override
    public String line(Scenario scenario, Step step, List<Turn> transcript) {
        String previous = transcript.isEmpty()
                ? null
                : transcript.get(transcript.size() - 1).counterpartLine();
        return Conversation.line(step, previous, random);
    }
}
