package org.speakup.engine.risk;

import java.util.List;
import org.speakup.engine.risk.IdiomRule.Idiom;

/** The harmless senses of risk words that the phrase families would otherwise catch. */
final class Idioms {

    private static final String EMBARRASSED =
            "(?:embarrass\\w*|cringe\\w*|mortif\\w*|so awkward|awkward|red as a tomato|went bright red)";
    private static final String WISH_TO_DIE =
            "(?:want|wanted|wanna|wish|wished|could|would|rather) (?:to )?{adv}(?:die|be dead|disappear)";
    private static final String TRIVIAL = "(?:meeting|lecture|queue|traffic|commute|homework|maths|math"
            + "|assignment|spreadsheet|paperwork|admin|call|zoom|exam|revision|class|lesson|episode|film|movie|match"
            + "|waiting|wifi|small talk|presentation|training|webinar|seminar|speech|powerpoint|slides)";
    private static final String ORDINARY_GIVING = "(?:charity|goodwill|oxfam|declutter\\w*|clear(?:ing)? out"
            + "|spring clean\\w*|moving|move house|outgrown|grew out of|do not fit|too small"
            + "|sell\\w*|sold|garage sale|car boot|vinted|ebay|depop|donat\\w*|hand me downs?|minimalis\\w*"
            + "|fundrais\\w*|food bank|secret santa|presents?|gifts?|for christmas|birthday|swap|lend\\w*|borrow\\w*)";
    private static final String BENIGN_SECRET = "(?:surprise|party|birthday|crush|spoiler|ending"
            + "|pregnan\\w*|proposal|propose|engage\\w*|anniversary|christmas|secret santa|results?|grades?"
            + "|new job|promotion)";

    private Idioms() {}

    static List<Idiom> all() {
        return List.of(
                idiom(
                        "die-of-or-for",
                        "(?:die|died|dying|dead) (?:of|from) (?:embarrassment|shame|cringe|laughter|laughing|boredom"
                                + "|heat|cuteness|happiness|hunger|thirst|curiosity|excitement|jealousy|envy"
                                + "|anticipation|exhaustion|cold)"
                                + "|(?:die|died|dying|dead) laughing"
                                + "|die (?:on (?:this|that) hill|old|happy|a legend|rich|famous|peacefully|of old age"
                                + "|in my sleep (?:at|when i am|aged|as an old))"
                                + "|die for (?:this|that|my|the|a|you|him|her|them|our)"),
                idiom("embarrassed", nearby(EMBARRASSED, WISH_TO_DIE)),
                idiom(
                        "so-boring-i-could-die",
                        "(?:so|too) (?:long|boring|slow|hot|cold|loud|cringe|awkward|embarrassing|dull) (?:that )?i (?:wanted"
                                + "|want|could|thought i would) (?:to )?(?:literally )?die"),
                idiom("rather-than", "(?:rather|sooner) (?:\\w+ ){1,6}?than"),
                idiom("lost-the-will-over-something", nearby("will to live", TRIVIAL)),
                idiom(
                        "everyday-annoyance",
                        TRIVIAL
                                + " (?:\\w+ ){0,3}?(?:makes|made|making|make) me (?:\\w+ )?(?:want to|wanna) (?:die|kill myself)"),
                idiom(
                        "overdosed-on-a-treat",
                        "overdos\\w* on (?:\\w+ )?(?:chocolate|sugar|caffeine|coffee|energy drinks?|red bull|netflix|tv"
                                + "|sweets|candy|cake|pizza|memes|tiktok|youtube|anime|reality tv|carbs|cheese|vitamin c)"),
                idiom(
                        "parent-will-kill-me",
                        "(?:mum|mom|mam|mother|dad|father|parents|teacher|boss|coach|nan|gran|grandma|sister"
                                + "|brother|wife|girlfriend|husband|manager) (?:\\w+ ){0,4}?(?:will|would|is going to"
                                + "|going to|gonna) {adv}kill (?:me|us)(?! (?:if|when) (?:i|we) (?:ever )?(?:tell"
                                + "|told|leave|left|go to|call|say))"),
                idiom(
                        "exasperation",
                        "could {adv}(?:kill|murder|strangle|throttle) (?:him|her|them|you|my \\w+)"
                                + "|(?:kill|murder|strangle) (?:him|her|them|you|my (?:{kin}))\\b[^.!?]{0,40}?"
                                + "(?:lol|lmao|haha\\w*|jk|joking|xd|for (?:eating|using|taking|stealing|borrowing"
                                + "|spoiling|finishing|drinking|breaking|losing|forgetting|leaving|being late|reading"
                                + "|wearing|touching|hogging|ghosting)|if (?:he|she|they|you) (?:eats?|ate|touch(?:es)?"
                                + "|spoils?|uses?|is late|are late|forgets?|drinks?|finish(?:es)?|reads?|takes?"
                                + "|borrows?|breaks?|wakes? me))"),
                idiom(
                        "accident",
                        // Never an accident when the writer says it was on purpose. The check sits after the verb
                        // so that it runs only where a verb matched, not at every position of the sentence.
                        "(?:cut|cuts|burn|burned|burnt|burns|hurt|hurts|scratch\\w*|injur\\w*|stabb?\\w*|hit|bruis\\w*"
                                + "|slic\\w*)(?![^.!?]*(?:on purpose|deliberately|intentionally)) (?:{refl}|my (?:own )?\\w+|his \\w+|her \\w+) (?:\\w+ ){0,3}?(?:shaving"
                                + "|cooking|chopping|slicing|opening|playing|skiing|climbing|running|skating|cycling"
                                + "|at (?:the )?(?:gym|football|rugby|practice|training|work)|on (?:a|an|the|some) \\w+"
                                + "|while|whilst|when (?:i|we|he|she) (?:fell|tripped|slipped|was)|by accident"
                                + "|accidentally|by mistake|in (?:a|the) (?:crash|accident|fall|kitchen|garden|game"
                                + "|match)|falling|with (?:a|the) (?:kitchen knife|oven|iron|kettle|pan|straighteners"
                                + "|hair straighteners|stanley knife|box cutter|scissors|paper))"
                                + "|(?<!not )(?:accidentally|by accident|by mistake)(?: \\w+){0,8}"
                                + "|paper cuts?"
                                + "|cut (?:myself|me|him|her|us|them) (?:a|some|another|an extra) (?:slice|piece|bit|wedge|chunk"
                                + "|portion|break|deal)"),
                idiom(
                        "figure-of-speech",
                        "shoot {refl} in the foot|top {self} up|beat(?:ing)? {refl} up"
                                + "|kill(?:ing)? {refl} (?:laughing|with laughter|working|studying|trying|at the gym"
                                + "|to (?:get|finish|make|pay|keep|meet|impress))"
                                + "|take (?:my|his|her) (?:own )?life back|take my life (?:in|into) my own hands"
                                + "|end (?:it|things|this|everything) (?:with|between)|ending (?:it|things) with"),
                idiom(
                        "hit-and-beat",
                        "hit (?:me|us) (?:up|back)(?! (?:with|and|again|so|hard))|hits? (?:me|us) up"
                                + "|(?:it|that|this|reality|realisation|realization|news|truth) (?:\\w+ ){0,2}?(?:hit|hits"
                                + "|hitting) (?:me|us|her|him)|hit me (?:that|how|when|what)"
                                + "|beat(?:s|ing)? (?:me|us|him|her|them) (?:at|in) (?:\\w+ ){0,2}?(?:chess|cards|fifa"
                                + "|tennis|football|ping pong|pool|scrabble|monopoly|game|games|final|race|match|quiz"
                                + "|vote|everything|running|arm wrestling|mario kart|points)"
                                + "|(?<![a-z0-9] )(?<![a-z0-9])(?:it |that |this |well |honestly )?beats me|beat me to it"
                                + "|(?:hit|hits|hitting|threw|throws|throwing) (?:me|him|her|them|us) (?:\\w+ ){0,2}?with"
                                + " (?:a|the|his|her|their) (?:pillow|snowball|ball|water balloon|nerf|cushion|sock"
                                + "|paper)"
                                + "|(?:threw|throws|throw) (?:a|the) (?:ball|frisbee|pillow|snowball|paper plane|sweet)"
                                + " at|pillow fight|snowball fight"),
                idiom(
                        "hurt-feelings",
                        "hurt(?:s|ing)? (?:me|her|him|us)(?: \\w+){0,3}? (?:(?:when|that|because) (?:you|u) |by \\w+ing"
                                + "|by not|with (?:what|your|his|her|their) words)"
                                + "|hurt(?:s|ing)? (?:my|her|his|your|their) feelings"
                                + "|hurt (?:me|us) (?:emotionally|deeply|so much when)"),
                idiom(
                        "horseplay",
                        "(?:hit|hits|punch\\w*|kick\\w*|push\\w*|shov\\w*|slap\\w*|smack\\w*) (?:me|him|her|us|them)\\b"
                                + "[^.!?]{0,40}?(?:as a joke|jokingly|for a laugh|for fun|play fight\\w*|messing (?:about"
                                + "|around)|mucking about|banter|playfully)|kick\\w* me under the table"),
                idiom(
                        "push-and-hold",
                        "push(?:es|ed|ing)? (?:me|her|him|us) (?:around|to (?!the (?:floor|ground|wall))|into"
                                + " (?:\\w+ing|it)|too hard|hard|out of my comfort zone)"
                                + "|kick(?:s|ed|ing)? (?:me|us|him|her|them) (?:out|off)"
                                + "|(?:hold|holds|holding|held) (?:me|us|her|him) (?:back|to|up)"
                                + "|grab(?:bed|s)? (?:me|us) (?:a|some|lunch|coffee|food|dinner)"
                                + "|threw me (?:off|a)"),
                idiom(
                        "someone-else-died-by-suicide",
                        "(?:killed|hanged|hung|shot|drowned|poisoned) {others}"
                                + "|(?:took|taken) (?:his|her|their) (?:own )?life"
                                + "|(?:died|death|lost (?:\\w+ ){1,3}) (?:by|from|to) suicide|committed suicide"
                                + "|suicide of (?:my|his|her|their)"),
                idiom(
                        "friends-jumping-off-a-bridge",
                        "if (?:\\w+ ){0,3}(?:friends?|everyone|everybody) (?:\\w+ ){0,2}?(?:jumped|jump|jumps) off"
                                + " (?:a|the) (?:bridge|cliff)"),
                idiom(
                        "as-prescribed",
                        "take (?:all )?(?:of )?my (?:\\w+ )?(?:medication|meds|pills|tablets|medicine) (?:with|as|every|each|at"
                                + "|on|in the|before|after|regularly|properly)"),
                idiom(
                        "safety-plan-if",
                        "if i (?:ever )?(?:felt|feel|start|started|get|got|had)\\b[^.!?]{0,60}?(?:i would|i will) (?:use"
                                + "|follow|call|text|ring|tell|get|reach|go to|open|look at)"),
                idiom(
                        "screening-question-answered-no",
                        "(?:asked|asks|ask|asking) (?:me )?(?:whether|if|about)[^.!?]{0,80}?(?:i said no|i told (?:her"
                                + "|him|them) no|i said i (?:have not|had not|do not|did not|was not|am not)"
                                + "|answered no|the answer (?:was|is) no)"),
                idiom(
                        "ordinary-giving",
                        nearby("(?:giving|gave|give|given) (?:away )?(?:all |most )?(?:of )?my", ORDINARY_GIVING)),
                idiom("benign-secret", nearby("secret|tell|say", BENIGN_SECRET)));
    }

    /** Both parts in one sentence, in either order. */
    private static String nearby(String a, String b) {
        return "(?:" + a + ")[^.!?]{0,80}?(?:" + b + ")|(?:" + b + ")[^.!?]{0,80}?(?:" + a + ")";
    }

    private static Idiom idiom(String name, String template) {
        return new Idiom(name, PhraseFamily.compile(template));
    }
}
