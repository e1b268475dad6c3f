package org.speakup.engine.risk;

import static org.speakup.engine.risk.PhraseFamily.Anchor.SUBJECT;
import static org.speakup.engine.risk.PhraseFamily.Anchor.WRITER;
import static org.speakup.engine.risk.RiskCategory.HARM_TO_OTHERS;

import java.util.List;
import org.speakup.engine.risk.PhraseFamily.Anchor;

/** Ways people say they mean, want or fear to hurt someone else, or have done so. */
final class HarmToOthersFamilies {

    private static final String VICTIM = "(?:him|her|them|you|someone|somebody|people|everyone|everybody|anyone"
            + "|anybody|my (?:little |big |older |younger |baby |step )?(?:{kin}|teacher|boss|classmates?|stepdad|stepmum|step dad|neighbou?r|ex|manager"
            + "|flatmate|roommate|housemate|cousin|uncle|aunt|landlord|tutor|coach"
            + "|coworkers?|colleagues?)|the (?:teacher|kids?|boys?|girls?|guy|man|woman|people|boss|whole class|lot of them|bully|bullies|class|school)|that (?:guy|girl|man"
            + "|woman|kid|teacher|bitch|bastard|prick)|all of them|those (?:kids|people|guys|girls)"
            + "|this (?:guy|girl|kid|person)|the baby|my baby)";

    private HarmToOthersFamilies() {}

    static List<PhraseFamily> all() {
        return List.of(
                family(
                        "intent-to-harm",
                        SUBJECT,
                        "(?:want|wants|wanted|going|gonna|plan|planning|planned|will|would|might|could|about|ready|urge"
                                + "|urges|tempted|thinking about|thought about|think about|fantasi[sz]e about"
                                + "|fantasi[sz]ing about|dream about|imagining|imagine) (?:to )?{adv}(?:kill|killing"
                                + "|murder|murdering|stab|stabbing|shoot|shooting|strangle|strangling|poison|poisoning"
                                + "|hurt|hurting|attack|attacking|beat up|beating up|batter|choke|choking) " + VICTIM),
                family(
                        "violent-thoughts",
                        SUBJECT,
                        "(?:thoughts|urges|fantasies|images|pictures in my head) (?:of|about) (?:hurting|killing"
                                + "|stabbing|attacking|harming|strangling) (?:people|others|someone|somebody|him|her"
                                + "|them|my (?:{kin})|children|kids|the baby)"
                                + "|(?:hit|kill) list"
                                + "|(?:make|making) (?:them|him|her|everyone|them all|all of them) (?:suffer|pay)"
                                + "(?= *(?:[.!?,;:]|$| for what| for everything| lol| fr| tbh| tomorrow))"),
                family(
                        "weapon",
                        SUBJECT,
                        "(?:bring|bringing|brought|take|taking|took|carry|carrying|hide|hiding|hid) (?:a |my |the"
                                + " |my dads |dads |my \\w+ )?(?:gun|knife|knives|weapon|machete|baseball bat) (?:to|into|in)"
                                + " (?:school|class|college|work|the office|the party|his house|her house)"
                                + "|shoot up (?:the|my|this|that) (?:school|place|office|class)"),
                family(
                        "hurt-someone",
                        SUBJECT,
                        "i (?:\\w+ and )?{adv}(?:hit|punched|slapped|beat|kicked|choked|strangled|shoved|hurt|smacked|pushed)"
                                + " (?:my (?:wife|husband|girlfriend|boyfriend|partner|kids?|son|daughter|baby|child|toddler|little one|boy|girl"
                                + "|children|mum|mom|mother|dad|father|sister|brother|gran|nan|grandma|grandad|dog|cat)"
                                + "|her|him)(?= *(?:[.!?,;:]|$| again| so| hard| until| and| in the| because| when"
                                + "| back| today| yesterday| last))"),
                family(
                        "tell-to-die",
                        WRITER,
                        "(?:go |just |you should |should |ought to |need to |please )?(?:kill yourself|kill urself)"),
                family(
                        "revenge-and-warnings",
                        SUBJECT,
                        "(?:going to|gonna|will|ll|i will|want to|would|i would) (?:break|smash) (?:his|her|their) (?:arm|arms|legs?|face"
                                + "|jaw|nose|neck|head|skull)"
                                + "|(?:make|making) (?:him|her|them|my \\w+) (?:bleed|scream|beg)(?= *(?:[.!?,;]|$| for| and))"
                                + "|(?:make|making) (?:him|her|them|my \\w+) (?:feel|suffer|hurt) (?:what|how|like) (?:he|she"
                                + "|they|i)"
                                + "|(?:if|when) i (?:see|saw|catch|caught|get|got) (?:him|her|them) alone"
                                + "|(?:regret|sorry|pay|watch out)[^.!?]{0,60}?[.!?]? ?i know where (?:he|she|they) (?:lives?|works?)"
                                + "|i know where (?:he|she|they) (?:lives?|works?)[^.!?]{0,60}?(?:regret|sorry|pay|watch out"
                                + "|coming for|get (?:him|her|them))"
                                + "|found out where (?:\\w+ ){0,4}?(?:lives?|works?)"
                                + "|(?:started|start|been) (?:following|stalking) (?:him|her|them)(?! on)"
                                + "|(?:do not|dont) come (?:to|into) (?:school|work|class|college) (?:tomorrow|on \\w+|next"
                                + " week|this week)(?! if)"
                                + "|(?:got|have|brought|packed) (?:something|a \\w+|smth|sth|stuff) in my (?:bag|pocket|locker|car)"
                                + " (?:that|which|to) (?:will |can |would )?(?:shut|teach|make|sort|hurt|deal)"
                                + "|bring (?:something|smth|sth|stuff|a weapon) to school (?:and|to) (?:make|hurt|show|teach|sort"
                                + "|get)"
                                + "|(?:set|setting) fire to (?:his|her|their|my \\w+|the|\\w+s) (?:\\w+ )?(?:house|flat|home|car"
                                + "|school)|burn (?:down )?(?:his|her|their) (?:house|flat|home|car)"
                                + "|burn (?:the|my|his|her|their) (?:school|house|flat|home|car|college|office)(?: down)?"
                                + "|(?:is|are|will) not (?:walking|walk|going to walk) away"
                                + "|(?:use|using) it on (?:him|her|them)"
                                + "|(?:get|got|grab|bring) (?:a|my|the) (?:knife|gun|bat|hammer|weapon) and (?:\\w+ ){0,3}(?:him|her"
                                + "|them)"
                                + "|(?:weapon|gun|knife|bat) in my (?:car|bag|room|pocket)"
                                + "|(?:they|you|he|she|everyone|you all|they all) (?:will|ll) (?:all )?be sorry"
                                + "(?= *(?:[.!?]|$| on| when| after| tomorrow| soon))"
                                + "|list of (?:people|names) (?:who|that|to) (?:are going to|will|deserve to|gonna|must)?"
                                + " ?(?:pay|die|suffer|get it|hurt)"
                                + "|(?:pictures|drawings|drawing pictures|drawing) of (?:hurting|killing|stabbing|shooting)"
                                + "|(?:run|running|ran) (?:him|her|them|my \\w+|\\w+) off the road"
                                + "|(?:will not|won't) be a problem (?:for me )?(?:much longer|for long|anymore)"
                                + "(?= .{0,40}(?:sorted|dealt|taken care))"
                                + "|i (?:\\w+ ){0,3}?(?:shook|shake|shaking) (?:my |the )?baby(?= *(?:[.!?,;]|$| when| because| too| so| hard| and"
                                + "| to| until))"
                                + "|(?:teach|teaching) (?:him|her|them) a lesson (?:he|she|they) (?:will not|will never|wont) forget"
                                + "|(?:cannot|can not|do not) trust myself (?:around|with|near) (?:the|my) (?:baby|kids"
                                + "|children|son|daughter|partner|wife|husband)"));
    }

    private static PhraseFamily family(String name, Anchor anchor, String template) {
        return PhraseFamily.of(name, HARM_TO_OTHERS, anchor, template);
    }
}
