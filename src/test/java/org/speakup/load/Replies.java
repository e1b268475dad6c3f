package org.speakup.load;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A mix of replies as clients write them while practising: mostly assertive, with passive,
 * aggressive and passive-aggressive tries among them. None should trip the safety check.
 */
final class Replies {

    private static final List<String> PASSIVE = List.of(
            "Um, I guess I could maybe do it, sorry, if there's nobody else?",
            "Oh, okay, I suppose that's fine. I don't really mind, whatever works best for you is fine with me.",
            "Sorry, I'm not sure, I mean I probably could if you really need me to, I just thought maybe,"
                    + " never mind, it's fine, I'll sort it out somehow.",
            "I don't want to cause any trouble, so if that's what you want then I'll just go along with it.");

    private static final List<String> ASSERTIVE = List.of(
            "No, I can't take that on today. I've got my report due at 5.",
            "I understand this matters to you, and I'd like to help another time, but my answer today is no.",
            "When plans change at the last minute I feel stressed, because I've already arranged my week."
                    + " I'd like us to agree the dates by Friday. Would that work for you?",
            "I hear you. I'm still not able to do it. What I can offer is an hour on Thursday morning"
                    + " to go through it together, if that helps.",
            "Thanks for asking me first. I'm going to say no this time, and I'm happy to talk about it"
                    + " again next month when things are calmer for me.");

    private static final List<String> AGGRESSIVE = List.of(
            "Are you serious? That's ridiculous. You always dump your work on me and I'm sick of it.",
            "No way. Figure it out yourself for once, it's not my problem that you can't plan anything.",
            "You never listen, do you? I've told you a hundred times and you just keep pushing.");

    private static final List<String> PASSIVE_AGGRESSIVE = List.of(
            "Fine. Whatever. I'll do it, like I always do, since apparently nobody else can.",
            "Sure, no problem at all, it's not like I had anything else planned. Again.");

    private Replies() {}

    /** About half assertive, a fifth passive, a fifth aggressive, a tenth passive-aggressive. */
    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int roll = random.nextInt(10);
        List<String> pool = roll < 5 ? ASSERTIVE : roll < 7 ? PASSIVE : roll < 9 ? AGGRESSIVE : PASSIVE_AGGRESSIVE;
        return pool.get(random.nextInt(pool.size()));
    }
}
