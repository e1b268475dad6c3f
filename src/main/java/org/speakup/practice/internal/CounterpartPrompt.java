package org.speakup.practice.internal;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import org.speakup.practice.scenario.Counterpart;
import org.speakup.practice.scenario.Scenario;
import org.speakup.practice.scenario.Step;
import org.speakup.practice.scenario.Temperament;

/**
 * The chat a language model sees: the persona and the situation, the step's scripted lines as what
 * this turn must convey, then the conversation so far with the counterpart as the assistant and the
 * client as the user, ending on the reply being answered.
 */
final class CounterpartPrompt {

    private CounterpartPrompt() {}

    static List<ChatMessage> messages(Scenario scenario, Step step, List<Turn> transcript) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(instructions(scenario, step)));
        for (Turn turn : transcript) {
            messages.add(AiMessage.from(turn.counterpartLine()));
            messages.add(UserMessage.from(turn.reply()));
        }
        return messages;
    }

    static String instructions(Scenario scenario, Step step) {
        Counterpart who = scenario.counterpart();
        StringBuilder text = new StringBuilder()
                .append("You are ")
                .append(who.name())
                .append(", ")
                .append(who.relationship())
                .append(", in a conversation that helps the other person practise speaking up for themselves.\n")
                .append("Your manner: ")
                .append(manner(who.temperament()))
                .append(".\n")
                .append("The situation: ")
                .append(scenario.situation())
                .append("\n\n")
                .append("Stay in role as ")
                .append(who.name())
                .append(". Say only your next words to them: one or two sentences, no narration, no stage")
                .append(" directions, no name label. Match the tone and wording style of the example lines.")
                .append(" Never say that this is an exercise or that you are an AI. Never mention self-harm,")
                .append(" suicide or violence.\n\n")
                .append("This turn, say something with the same meaning as these lines:\n");
        for (String line : step.lines()) {
            text.append("- ").append(line).append('\n');
        }
        return text.toString();
    }

    /** The graph already encodes the reactions; the manner only colours the wording. */
    static String manner(Temperament temperament) {
        return switch (temperament) {
            case FRIENDLY -> "warm and friendly, though you still want what you came for";
            case PUSHY -> "pushy: you keep pressing for what you want";
            case HOSTILE -> "sharp and irritable, but never threatening";
            case GUILT_TRIPPING -> "you try to make them feel guilty for not going along with you";
            case DISMISSIVE -> "dismissive: you brush their concerns aside";
        };
    }
}
