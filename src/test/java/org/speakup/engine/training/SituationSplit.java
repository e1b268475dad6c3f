package org.speakup.engine.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Holds out whole situations, not single replies: replies to one situation share names and details, so a random
 * split by reply would reward memorising situations rather than judging style.
 */
record SituationSplit(List<LabelledReply> train, List<LabelledReply> heldOut, Set<String> heldOutSituations) {

    static final long SEED = 20261124L;
    static final double HELD_OUT_SHARE = 0.2;

    static SituationSplit of(List<LabelledReply> corpus) {
        List<String> situations = new ArrayList<>(
                corpus.stream().map(LabelledReply::situationKey).collect(Collectors.toCollection(TreeSet::new)));
        Collections.shuffle(situations, new Random(SEED));
        int heldOutCount = Math.max(1, (int) Math.round(situations.size() * HELD_OUT_SHARE));
        Set<String> heldOut = new TreeSet<>(situations.subList(0, heldOutCount));
        List<LabelledReply> train = new ArrayList<>();
        List<LabelledReply> test = new ArrayList<>();
        for (LabelledReply reply : corpus) {
            (heldOut.contains(reply.situationKey()) ? test : train).add(reply);
        }
        return new SituationSplit(List.copyOf(train), List.copyOf(test), heldOut);
    }
}
