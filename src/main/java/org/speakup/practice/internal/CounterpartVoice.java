package org.speakup.practice.internal;

import java.util.List;
import org.speakup.practice.scenario.Scenario;
import org.speakup.practice.scenario.Step;

/**
 * How the counterpart words a step. The dialogue graph has already decided which step comes next;
 * a voice only chooses the words, so every voice keeps the scenario's clinical shape.
 */
interface CounterpartVoice {

    /**
     * @param transcript the turns so far, oldest first; the last one holds the reply being answered
     */
    String line(Scenario scenario, Step step, List<Turn> transcript);
}
