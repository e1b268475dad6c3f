package org.speakup.engine.risk;

import static org.speakup.engine.risk.PhraseFamily.Anchor.SUBJECT;
import static org.speakup.engine.risk.PhraseFamily.Anchor.WRITER;
import static org.speakup.engine.risk.RiskCategory.HARM_TO_OTHERS;

import java.util.List;
import org.speakup.engine.risk.PhraseFamily.Anchor;

/** Ways people say they mean, want or fear to hurt someone else, or have done so. */
final class HarmToOthersFamilies {

    private static final String VICTIM = "(?:him|her|them|you|someone|somebody|people|everyone|everybody|anyone"
            + "|anybody|my (?:{kin}|teacher|boss|classmates?|stepdad|stepmum|step dad|neighbou?r|ex|manager"
            + "|coworkers?|colleagues?)|the (?:teacher|kids?|boys?|girls?|guy|man|woman|people|boss|whole class|lot of them|bully|bullies|class|school)|that (?:guy|girl|man"
            + "|woman|kid|teacher|bitch|bastard|prick)|all of them|those (?:kids|people|guys|girls)"
            + "|this (?:guy|girl|kid|person))";

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
                                + "(?= *(?:[.!?,;:]|$| for what| for everything| lol))"),
                family(
                        "weapon",
                        SUBJECT,
                        "(?:bring|bringing|brought|take|taking|took|carry|carrying|hide|hiding|hid) (?:a |my |the"
                                + " |my dads |dads )?(?:gun|knife|knives|weapon|machete|baseball bat) (?:to|into|in)"
                                + " (?:school|class|college|work|the office|the party|his house|her house)"
                                + "|shoot up (?:the|my|this|that) (?:school|place|office|class)"),
                family(
                        "hurt-someone",
                        SUBJECT,
                        "i {adv}(?:hit|punched|slapped|beat|kicked|choked|strangled|shoved|hurt|smacked|pushed)"
                                + " (?:my (?:wife|husband|girlfriend|boyfriend|partner|kids?|son|daughter|baby|child"
                                + "|children|mum|mom|mother|dad|father|sister|brother|gran|nan|grandma|grandad|dog|cat)"
                                + "|her|him)(?= *(?:[.!?,;:]|$| again| so| hard| until| and| in the| because| when"
                                + "| back| today| yesterday| last))"),
                family(
                        "tell-to-die",
                        WRITER,
                        "(?:go |just |you should |should |ought to |need to |please )?(?:kill yourself|kill urself)"));
    }

    private static PhraseFamily family(String name, Anchor anchor, String template) {
        return PhraseFamily.of(name, HARM_TO_OTHERS, anchor, template);
    }
}
