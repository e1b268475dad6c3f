package org.speakup.engine.marker;

import static org.speakup.engine.marker.MarkerKind.*;

/**
 * Phrases that lean passive: the reply gives way before the need is said.
 * Phrase lists are ours; each rule names the source of its category.
 */
final class PassiveMarkers {

    // Alberti & Emmons, Your Perfect Right: qualifiers and fillers typical of non-assertive speech.
    static final PhraseRule HEDGES = PhraseRule.of(
            HEDGE,
            "i guess",
            "i suppose",
            "maybe",
            "perhaps",
            "kind of",
            "sort of",
            "kinda",
            "sorta",
            "possibly",
            "um+",
            "uh+",
            "erm+",
            "hmm+",
            "i don't know",
            "idk",
            "probably",
            "i'm not sure",
            "if possible",
            "i was wondering",
            "i wondered",
            "just wondering",
            "i mean",
            "or something",
            "i think maybe",
            "if that makes sense",
            "a bit of a",
            "i might",
            "we could maybe",
            "ish");

    // Alberti & Emmons: self-deprecating remarks undercut the message.
    static final PhraseRule SELF_DEPRECATION = PhraseRule.of(
            MarkerKind.SELF_DEPRECATION,
            "i'm (?:so |such an? )?(?:stupid|useless|hopeless|an idiot|rubbish|terrible|awful|pathetic)",
            "silly me",
            "my fault",
            "my bad",
            "i'm probably wrong",
            "i'm probably being",
            "i know i'm being",
            "i'm being silly",
            "i'm being stupid",
            "i'm being difficult",
            "i'm (?:so |such )?(?:a pain|a nuisance)",
            "this is probably (?:a )?(?:stupid|silly|dumb)",
            "i'm no good at",
            "i'm bad at",
            "i'm rubbish at",
            "sorry to be a pain",
            "sorry to bother you",
            "ignore me",
            "i'm overreacting",
            "i'm probably overreacting");

    // Alberti & Emmons: minimising words shrink the request.
    static final PhraseRule MINIMISERS = PhraseRule.of(
            MINIMISING,
            "just",
            "only",
            "a little",
            "a tiny bit",
            "a bit",
            "tiny",
            "no big deal",
            "not a big deal",
            "it's nothing",
            "it doesn't matter",
            "not that it matters",
            "if it's not too much trouble",
            "if it's no trouble",
            "nothing major",
            "no biggie",
            "slightly");

    // Alberti & Emmons: asking leave to state a need.
    static final PhraseRule PERMISSION = PhraseRule.of(
            PERMISSION_SEEKING,
            "if that's (?:ok|okay|alright|all right|fine|cool)",
            "if you don't mind",
            "if it's (?:ok|okay|alright|all right)",
            "is it (?:ok|okay|alright|all right) if",
            "would it be (?:ok|okay|alright|all right|possible)",
            "do you mind if",
            "would you mind if",
            "can i ask",
            "could i maybe",
            "may i",
            "if you're ok with",
            "is that (?:ok|okay|alright|all right)",
            "hope that's (?:ok|okay|alright|fine)",
            "if that works for you");

    // Lakoff, Language and Woman's Place: tag questions turn a statement into a request for approval.
    static final PhraseRule TAG_QUESTIONS = PhraseRule.matching(
            TAG_QUESTION,
            java.util.regex.Pattern.compile(
                    ",\\s*(?:isn['’]?t it|aren['’]?t (?:i|we|you)|don['’]?t you think|right|ok|okay|yeah|is that ok|"
                            + "wouldn['’]?t it|won['’]?t it|doesn['’]?t it|no|innit|is it|shall i|do i)\\s*\\?",
                    java.util.regex.Pattern.CASE_INSENSITIVE));

    // Passive giving-in (Alberti & Emmons): conceding before one's own need is stated.
    static final PhraseRule GIVING_UP = PhraseRule.of(
            GIVING_IN,
            "it's (?:totally |completely |absolutely )?fine",
            "it's (?:ok|okay|alright|all right)",
            "never mind",
            "nevermind",
            "don't worry about (?:it|me)",
            "whatever you (?:want|think|prefer|need)",
            "i don't mind",
            "no problem",
            "no worries",
            "of course",
            "that's fine",
            "i'll manage",
            "i'll just",
            "ill just",
            "forget (?:it|i said anything|i asked)",
            "doesn't matter",
            "up to you",
            "whatever works for you",
            "i can make it work",
            "i'll figure it out",
            "sure, sure",
            "if you say so",
            "happy to",
            "i can do it");

    private PassiveMarkers() {}
}
