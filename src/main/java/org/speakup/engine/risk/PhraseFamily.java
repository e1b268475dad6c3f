package org.speakup.engine.risk;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named family of phrasings of one kind of risk, written as a word-boundary regular expression
 * over the normalised text. Templates may use the placeholders in {@link #MACROS} so that the
 * families stay readable.
 *
 * @param name short, stable name shown in explanations ("wish-to-die")
 * @param category the danger this family speaks of
 * @param anchor whose danger it is, or how to find out
 * @param pattern the compiled expression
 */
record PhraseFamily(String name, RiskCategory category, Anchor anchor, Pattern pattern, List<Pattern> parts) {

    PhraseFamily {
        parts = List.copyOf(parts);
    }

    /** How a match is tied to a person. */
    enum Anchor {
        /** The phrase itself names the writer ("kill myself", "better off without me"). */
        WRITER,
        /** The grammatical subject before the phrase decides: the writer, someone known, or people in general. */
        SUBJECT,
        /** Someone else must be doing it ("he hits me"); an object or idea as the doer is no risk. */
        AGENT,
        /**
         * Like SUBJECT, but the words also name a topic people write about ("self-harm", "raped"), so a
         * media, school or work context turns it off even in the first person.
         */
        TOPIC
    }

    private static final Pattern MACRO = Pattern.compile("\\{(\\w+)}");

    static final Map<String, String> MACROS = Map.ofEntries(
            Map.entry(
                    "adv",
                    "(?:(?:just|really|so|literally|actually|honestly|seriously|kind of|sort of|genuinely"
                            + "|sometimes|still|even|fucking|fking|freaking|ever|often|always|totally|completely|simply"
                            + "|basically|lowkey|low key|deadass|legit|truly|also|already|again|almost|nearly|all|only) ){0,3}"),
            Map.entry("self", "(?:myself|my self|me self)"),
            Map.entry("others", "(?:himself|herself|themselves|themself|theirself|his self|her self)"),
            Map.entry("refl", "(?:myself|my self|me self|himself|herself|themselves|themself|theirself)"),
            Map.entry("obj", "(?:me|him|her|them|us|my (?:{kin})|his (?:{kin})|her (?:{kin}))"),
            Map.entry(
                    "kin",
                    "mum|mom|mam|mother|dad|father|sister|brother|sis|bro|son|daughter|kids?|children|baby"
                            + "|wife|husband|partner|girlfriend|boyfriend|friend|best friend|family"),
            Map.entry(
                    "pills",
                    "(?:pills|tablets|meds|medication|medicine|paracetamol|tylenol|ibuprofen|painkillers"
                            + "|sleeping pills|antidepressants|aspirin|advil|insulin)"),
            Map.entry(
                    "body",
                    "(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|ankles?|belly|chest|forearms?|hands?)"),
            Map.entry("be", "(?:am|is|are|was|were|been|being|be|feel|feeling|feels|felt|get|getting|got|keep|kept)"));

    static PhraseFamily of(String name, RiskCategory category, Anchor anchor, String template) {
        String expanded = expand(template);
        // Each top-level alternative on its own, so the pattern index tries only the ones that can
        // start with a given word; together they match what the whole pattern matches.
        List<Pattern> parts = TopLevel.alternatives(expanded).stream()
                .map(part -> wordBounded(part))
                .toList();
        return new PhraseFamily(name, category, anchor, wordBounded(expanded), parts);
    }

    private static Pattern wordBounded(String regex) {
        return Pattern.compile("\\b(?:" + LiteralTries.optimise(regex) + ")\\b");
    }

    static Pattern compile(String template) {
        return Pattern.compile("\\b(?:" + LiteralTries.optimise(expand(template)) + ")\\b");
    }

    private static String expand(String template) {
        String current = template;
        for (int depth = 0; depth < 3 && current.indexOf('{') >= 0; depth++) {
            Matcher m = MACRO.matcher(current);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String macro = MACROS.get(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(macro != null ? macro : m.group()));
            }
            m.appendTail(out);
            current = out.toString();
        }
        return current;
    }
}
