package org.speakup.engine.risk;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Works out who a phrase is about by looking back from it for the nearest word that names a
 * person or a thing: "<b>my friend</b> says she wants to die", "<b>it</b> hit me", "<b>people</b>
 * who self-harm". A capitalised word that is not the first of its sentence counts as a name.
 */
final class Persons {

    enum Who {
        /** The writer: "I", "me". */
        WRITER,
        /** Someone particular: "my sister", "he", "Sam". */
        KNOWN_PERSON,
        /** People in general or a hypothetical someone: "people who", "if someone", "a friend". */
        ANYONE,
        /** The person addressed, in a role-play reply or a question: "you". */
        ADDRESSEE,
        /** An object, an idea or an animal: "it", "reality", "the dog". */
        THING,
        /** No subject in sight, as often in texting ("wanna die"): treated like the writer. */
        UNSTATED
    }

    private static final int REACH = 10;

    private static final java.util.Set<String> OBJECTS = java.util.Set.of("me", "us", "myself");

    /** Words that make "someone" hypothetical rather than a particular person the writer knows. */
    /** A question about what to do if something happened: the person in it is hypothetical. */
    private static final Pattern WHAT_TO_DO_IF = Pattern.compile(
            "\\bwhat (?:do|should|can|would|could) (?:i|you|we|parents|a parent|one) do (?:if|when)\\b|\\bin case\\b");

    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "\\b(?:if|when|whenever|who|whether|what (?:should|do|can|would)|how (?:do|can|should|would)"
                    + "|signs|ways to)\\b");

    private Persons() {}

    /** Who is the subject (or doer) of the phrase starting at {@code start}. */
    static Who whoIs(NormalisedText text, int start, int firstWordEnd) {
        return whoIs(text, start, firstWordEnd, false);
    }

    /**
     * As {@link #whoIs(NormalisedText, int, int)}; for the doer of an act, "me" and "us" are the
     * objects of an earlier act ("the dog jumped on me and knocked me over"), not the doer.
     */
    static Who doerOf(NormalisedText text, int start, int firstWordEnd) {
        return whoIs(text, start, firstWordEnd, true);
    }

    private static Who whoIs(NormalisedText text, int start, int firstWordEnd, boolean skipObjects) {
        String normalised = text.text();
        List<Sentences.Word> words = Sentences.wordsBefore(normalised, firstWordEnd);
        String sentence = Sentences.sentenceAround(normalised, start, firstWordEnd);
        int last = Math.max(0, words.size() - REACH);
        for (int i = words.size() - 1; i >= last; i--) {
            if (skipObjects && OBJECTS.contains(words.get(i).text())) {
                continue;
            }
            Who who = classify(words, i, text, sentence);
            if (who != null) {
                return who;
            }
        }
        return Who.UNSTATED;
    }

    private static @org.jspecify.annotations.Nullable Who classify(
            List<Sentences.Word> words, int index, NormalisedText text, String sentence) {
        String word = words.get(index).text();
        String before = index > 0 ? words.get(index - 1).text() : "";
        if (PersonWords.WRITER.contains(word)) {
            return Who.WRITER;
        }
        if (PersonWords.ADDRESSEE.contains(word)) {
            return Who.ADDRESSEE;
        }
        if (PersonWords.ANYONE.contains(word)) {
            boolean particular = (word.equals("someone") || word.equals("somebody"))
                    && !HYPOTHETICAL.matcher(sentence).find();
            return particular ? Who.KNOWN_PERSON : Who.ANYONE;
        }
        if (PersonWords.PRONOUNS.contains(word)) {
            return antecedent(words, index, text, sentence);
        }
        if (PersonWords.PEOPLE.contains(word)) {
            return known(before, sentence);
        }
        if (PersonWords.THINGS.contains(word)) {
            return Who.THING;
        }
        return isName(words, index, text) ? Who.KNOWN_PERSON : null;
    }

    /**
     * "he", "she" or "they" stand for someone named earlier: "if <b>someone</b> tells you they want
     * to die" is hypothetical, "<b>my friend</b> says she wants to die" is not. With no one named,
     * the pronoun is a particular person.
     */
    private static Who antecedent(List<Sentences.Word> words, int pronoun, NormalisedText text, String sentence) {
        for (int i = pronoun - 1; i >= 0; i--) {
            String word = words.get(i).text();
            String before = i > 0 ? words.get(i - 1).text() : "";
            if (PersonWords.ANYONE.contains(word)) {
                return classify(words, i, text, sentence);
            }
            if (PersonWords.PEOPLE.contains(word)) {
                return known(before, sentence);
            }
        }
        return WHAT_TO_DO_IF.matcher(sentence).find() ? Who.ANYONE : Who.KNOWN_PERSON;
    }

    /** "A friend who self-harms" is anyone; "a colleague told me today..." is someone in particular. */
    private static Who known(String determiner, String sentence) {
        boolean generic = PersonWords.INDEFINITE.contains(determiner)
                && HYPOTHETICAL.matcher(sentence).find();
        boolean hypothetical = generic || WHAT_TO_DO_IF.matcher(sentence).find();
        return hypothetical ? Who.ANYONE : Who.KNOWN_PERSON;
    }

    /** True when the word just before {@code start}, in the same sentence, names a thing. */
    static boolean thingRightBefore(NormalisedText text, int start) {
        List<Sentences.Word> words = Sentences.wordsBefore(text.text(), start);
        return !words.isEmpty()
                && PersonWords.THINGS.contains(words.get(words.size() - 1).text());
    }

    private static boolean isName(List<Sentences.Word> words, int index, NormalisedText text) {
        Sentences.Word word = words.get(index);
        if (index == 0 || word.text().length() < 2) {
            return false;
        }
        int start = text.originalStart(word.start());
        int end = text.originalEnd(word.start() + word.text().length());
        String written = text.original().substring(start, end);
        // A rewritten word ("I've" read as "i have") maps to the whole original, so only a word
        // written as it reads can be a name.
        return written.equalsIgnoreCase(word.text()) && Character.isUpperCase(written.codePointAt(0));
    }
}
