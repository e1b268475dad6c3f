package org.speakup.engine.risk;

import static org.speakup.engine.risk.Persons.Who.ADDRESSEE;
import static org.speakup.engine.risk.Persons.Who.ANYONE;
import static org.speakup.engine.risk.Persons.Who.THING;

import java.util.regex.Pattern;
import org.speakup.engine.risk.Persons.Who;

/**
 * Rules out a match that is not about a real person at risk now:
 *
 * <ul>
 *   <li>SUBJECT and TOPIC phrases about people in general, the addressee or a thing ("people who
 *       self-harm", "if you feel suicidal, call..."); a particular person ("my friend wants to die")
 *       stays a crisis, because the writer needs resources to help them;
 *   <li>third parties in a film, book, lesson or work context (a character, a patient);
 *   <li>TOPIC phrases in such a context even in the first person ("I'm writing my essay on self-harm");
 *   <li>AGENT phrases whose doer is a thing ("reality hit me");
 *   <li>violence inside a video game.
 * </ul>
 */
record PersonRule() implements ContextRule {

    private static final Pattern MEDIA = PhraseFamily.compile(
            "film|films|movie|movies|book|books|novel|(?<!(?:her|his|my|their|insta|snapchat|on) )stor(?:y|ies)|show|series|episode|season|character|characters"
                    + "|documentary|play|poem|song|lyrics|album|anime|manga|comic|scene|plot|author|chapter|trailer"
                    + "|netflix|musical|opera|shakespeare|hamlet|romeo|juliet|macbeth|ophelia|news|article|podcast"
                    + "|headline|reported|according to|watched|watching|reading|read about|fiction|soap|drama|actor"
                    + "|actress|true crime");
    private static final Pattern WORK_OR_STUDY = PhraseFamily.compile(
            "essay|project|assignment|presentation|research|lesson|lecture|leaflet|poster|awareness|prevention"
                    + "|statistics|campaign|course|training|workshop|module|charity|fundraiser|volunteer|volunteering"
                    + "|helpline|hotline|crisis line|samaritans|study|studies|report|nurse|doctor|gp|therapist"
                    + "|counsell?or|psychiatrist|psychologist|social worker|paramedic|first aid|safeguarding|patients?"
                    + "|clients?|shift|ward|exam|textbook|homework|debate|class about|assembly|pshe|health class"
                    + "|curriculum|policy|guidelines|placement|dissertation|thesis|ethics");
    private static final Pattern GAME = PhraseFamily.compile(
            "fortnite|minecraft|roblox|call of duty|cod|gta|fifa|valorant|among us|in the game|in game|video games?"
                    + "|boss fight|the sims|dnd|d and d|zombies?|apex|overwatch|warzone|pubg|my character|respawn|level \\d+"
                    + "|npc|gaming|online game|xbox|playstation|ps5|switch");

    @Override
    public String name() {
        return "person";
    }

    @Override
    public boolean rulesOut(Candidate candidate, NormalisedText text) {
        String sentence = Sentences.sentenceAround(text.text(), candidate.start(), candidate.end());
        RiskCategory category = candidate.family().category();
        boolean violent = category == RiskCategory.HARM_FROM_OTHERS || category == RiskCategory.HARM_TO_OTHERS;
        if (violent && GAME.matcher(sentence).find()) {
            return true;
        }
        return switch (candidate.family().anchor()) {
            case WRITER -> false;
            case AGENT ->
                doer(candidate, text, true) == THING || MEDIA.matcher(sentence).find();
            case SUBJECT -> notAboutSomeoneAtRisk(subject(candidate, text), sentence);
            case TOPIC -> notAboutSomeoneAtRisk(subject(candidate, text), sentence) || aboutTheTopic(sentence);
        };
    }

    private static boolean notAboutSomeoneAtRisk(Who who, String sentence) {
        return switch (who) {
            case WRITER, UNSTATED -> false;
            case ANYONE, ADDRESSEE, THING -> true;
            case KNOWN_PERSON -> aboutTheTopic(sentence);
        };
    }

    private static boolean aboutTheTopic(String sentence) {
        return MEDIA.matcher(sentence).find() || WORK_OR_STUDY.matcher(sentence).find();
    }

    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|me|myself|my)\\b");

    /** A phrase that itself says "I" or "me" ("for when I'm gone") is about the writer. */
    private static Who subject(Candidate candidate, NormalisedText text) {
        // "my cat scratched my arms": a thing right before the phrase is its subject.
        if (Persons.thingRightBefore(text, candidate.start())) {
            return Who.THING;
        }
        if (FIRST_PERSON
                .matcher(text.text())
                .region(candidate.start(), candidate.end())
                .find()) {
            return Who.WRITER;
        }
        Who doer = doer(candidate, text, false);
        // Further back ("is it normal to want to die") a thing is only grammar: the phrase is the writer's.
        return doer == Who.THING ? Who.UNSTATED : doer;
    }

    private static Who doer(Candidate candidate, NormalisedText text, boolean ofAnAct) {
        String normalised = text.text();
        int firstWordEnd = normalised.indexOf(' ', candidate.start());
        if (firstWordEnd < 0 || firstWordEnd > candidate.end()) {
            firstWordEnd = candidate.end();
        }
        return ofAnAct
                ? Persons.doerOf(text, candidate.start(), firstWordEnd)
                : Persons.whoIs(text, candidate.start(), firstWordEnd);
    }
}
