package org.speakup.engine.marker;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speakup.engine.Span;

/**
 * A sentence that starts with an order word ("Give it back.", "Stop texting me.") and has no softener such as "please".
 * Alberti &amp; Emmons contrast such demands with assertive requests, which are just as clear but leave the other
 * person a choice.
 */
public record BareCommandRule() implements MarkerRule {

    private static final Set<String> ORDERS = Set.of(
            "give",
            "stop",
            "get",
            "do",
            "move",
            "shut",
            "leave",
            "go",
            "hand",
            "fix",
            "pay",
            "take",
            "put",
            "sort",
            "hurry",
            "drop",
            "quit",
            "back",
            "mind",
            "listen",
            "look",
            "grow",
            "keep",
            "knock",
            "return",
            "send",
            "tell",
            "answer",
            "deal",
            "figure",
            "learn",
            "try",
            "clean",
            "turn",
            "bring",
            "cancel",
            "call",
            "check",
            "finish",
            "make",
            "pick",
            "wash",
            "remember",
            "read",
            "sit",
            "come",
            "let",
            "use",
            "be",
            "think",
            "act",
            "don't",
            "dont",
            "don’t");
    private static final Pattern FIRST_WORD = Pattern.compile("^[\\p{L}'’]+");
    private static final Pattern SOFTENER = Phrases.of("please", "pls", "plz", "thanks", "thank you", "let's", "lets");
    private static final Pattern NOT_AN_ORDER = Phrases.of(
            "let me know",
            "don't worry",
            "dont worry",
            "never mind",
            "just kidding",
            "let me think",
            "do you",
            "do we",
            "thank",
            "just so you know",
            "do what",
            "get well",
            "just wanted",
            "just checking",
            "keep me posted",
            "take care",
            "go ahead",
            "mind you",
            "be careful",
            "just saying");

    @Override
    public MarkerKind kind() {
        return MarkerKind.BARE_COMMAND;
    }

    @Override
    public void find(Words words, List<Span> out) {
        String text = words.text();
        for (Sentences.Sentence sentence : Sentences.split(text)) {
            String s = sentence.of(text);
            Matcher first = FIRST_WORD.matcher(s);
            if (first.find()
                    && ORDERS.contains(first.group().toLowerCase(java.util.Locale.ROOT))
                    && !s.endsWith("?")
                    && !SOFTENER.matcher(s).find()
                    && !NOT_AN_ORDER.matcher(s).lookingAt()) {
                // Only the order word is marked, so the phrases inside the sentence keep their own notes.
                out.add(span(sentence.start(), sentence.start() + first.end()));
            }
        }
    }
}
