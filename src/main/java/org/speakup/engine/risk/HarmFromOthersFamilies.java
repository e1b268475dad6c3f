package org.speakup.engine.risk;

import static org.speakup.engine.risk.PhraseFamily.Anchor.AGENT;
import static org.speakup.engine.risk.PhraseFamily.Anchor.SUBJECT;
import static org.speakup.engine.risk.PhraseFamily.Anchor.TOPIC;
import static org.speakup.engine.risk.RiskCategory.HARM_FROM_OTHERS;

import java.util.List;
import org.speakup.engine.risk.PhraseFamily.Anchor;

/**
 * Ways people disclose that someone else hurts, abuses or threatens them (or someone they know):
 * violence, sexual abuse, threats, enforced secrecy, fear of going home, online harassment and
 * exposure. Written with adolescents' disclosures in mind.
 */
final class HarmFromOthersFamilies {

    private static final String VIOLENT = "(?:hits|hit|hitting|beats|beat|beating|punches|punched|punching|kicks"
            + "|kicked|kicking|slaps|slapped|slapping|smacks|smacked|smacking|chokes|choked|choking|strangles"
            + "|strangled|strangling|whips|whipped|belts|belted|batters|battered|abuses|abused|abusing|molests"
            + "|molested|molesting|rapes|raped|raping|stabbed|stabs|headbutted|assaults|assaulted|attacks|attacked"
            + "|tortures|tortured|spanks|spanked|burned|burns|shoves|shoved|shoving|throws things at"
            + "|threw (?:things|stuff|a \\w+) at|bruised|bruises|bites|biting|pinches|pinched|pinching)";

    private static final String TARGET =
            "(?:me|us|her|him|them|my (?:{kin}|little \\w+|baby \\w+)|his (?:{kin})|her (?:{kin}))";

    private HarmFromOthersFamilies() {}

    static List<PhraseFamily> all() {
        return List.of(
                family("violence", AGENT, VIOLENT + " {adv}" + TARGET),
                family(
                        "rough-handling",
                        AGENT,
                        "(?:pushed|pushes|pushing|threw|throws|throwing|slammed|slams|slamming|knocked|knocks"
                                + "|dragged|drags|dragging|grabbed|grabs|grabbing|pinned|pins|pinning|held|holds"
                                + "|holding) " + TARGET
                                + " (?:down|over|to the (?:floor|ground|wall|bed)|against (?:a|the)"
                                + " \\w+|into (?:a|the) (?:wall|door|lockers?|table|floor|ground|car|room)|by (?:my|the"
                                + "|her|his) (?:neck|throat|hair|arms?|wrists?)|down the stairs|off (?:my|the|his|her)"
                                + " (?:bike|bed|chair))"),
                family(
                        "hurts-me",
                        AGENT,
                        "(?:hurts|hurt|hurting) (?:me|her|him|us)(?= *(?:[.!?,;:]|$| again| so| really| badly| when| whenever"
                                + "| physically| when (?:he|she|they) (?:is|are|gets) (?:drunk|angry|mad)| and| every| at"
                                + "| if| lol))"),
                family(
                        "touched-me",
                        AGENT,
                        "(?:touched|touches|touching|groped|gropes|groping|fondled|fondles|feels me up|felt me up)"
                                + " (?:me|her|him)(?: \\w+){0,3}? (?:where|there|in (?:my|her|his) (?:private|privates"
                                + "|private parts|pants|underwear|bed|room|sleep)|inappropriately|without (?:my|her|his)"
                                + " (?:permission|consent)|when (?:i|she|he) (?:was|am|is) (?:asleep|sleeping|alone"
                                + "|drunk)|under (?:my|her|his) (?:clothes|shirt|skirt|top))"
                                + "|(?:touched|touches|touching|groped|gropes) me(?= *(?:[.!?,;:]|$| and| again| at night"
                                + "| every| when))"),
                family(
                        "sexual-abuse",
                        TOPIC,
                        "(?:was|been|got|get|being|were|is) {adv}(?:raped|molested|sexually (?:abused|assaulted"
                                + "|harassed)|groomed|groped|spiked)"
                                + "|(?:raped|molested|sexually (?:abused|assaulted)|groomed) (?:me|her|him)"),
                family(
                        "unwanted-contact",
                        AGENT,
                        "(?:comes|came|coming|sneaks|sneaked|snuck|gets|got|climbs|climbed) (?:into|in) my (?:room|bed"
                                + "|bedroom)(?: at night| when| while| and)"
                                + "|(?:does|did|doing|do|done) (?:stuff|things) to (?:me|her|him)"),
                family(
                        "passive-violence",
                        SUBJECT,
                        "(?:got|get|getting|was|been|being|am|were|is|are) {adv}(?:hit|beaten|beat up|punched|kicked"
                                + "|slapped|attacked|assaulted|abused|strangled|choked|stabbed|threatened|molested|hurt"
                                + "|pushed|shoved|burned|burnt|whipped|belted) by (?:my|his|her|their|our|him|them|someone"
                                + "|somebody|some|a (?:guy|man|boy|girl|woman|group|gang|stranger|teacher|classmate)"
                                + "|these|those|people|kids|boys|girls|\\w+ (?:dad|mum|mom|father|mother|brother|sister"
                                + "|uncle))\\b(?! (?:car|bus|ball|truck|bike|van|train|wave|door|branch|words|comments?"
                                + "|team|side|score))"),
                family(
                        "sexual-pressure",
                        AGENT,
                        "(?:asked|asks|asking|wants|wanted|told|tells|keeps asking) me to send (?:him|her|them) (?:photos|pics"
                                + "|pictures|nudes|videos|selfies)"
                                + "|(?:made|makes|forced|forces|forcing|pressured|pressures|pressuring|pressure) (?:me|her|him)"
                                + " (?:to |into )?(?:do (?:sexual )?(?:things|stuff)|have sex|sleep with|send (?:him |her"
                                + " |them )?(?:nudes|pics|photos|pictures|videos)|touch (?:him|her|his|them)|take (?:off"
                                + " )?my clothes|get naked|watch porn)"
                                + "|(?:asking|asked|asks|begging|begged|keeps asking) (?:me )?for (?:pics|photos|nudes|naked (?:pics"
                                + "|photos|pictures)|pics of my body|sexy (?:pics|photos))"
                                + "|(?:sent|sends|sending|keeps sending) me (?:nudes|naked (?:pics|photos)|dick pics"
                                + "|porn)"),
                family(
                        "threat",
                        AGENT,
                        "(?:threatened|threatens|threatening|threaten|said|says|saying|told me|tells me|warned"
                                + "|warns|swore|swears|texted|messaged|posted|wrote|keeps saying|keep saying)(?: that)?"
                                + "(?: (?:he|she|they|you|we|i|someone|people|his mates|her mates))?(?: (?:will|would"
                                + "|is going to|are going to|was going to|were going to|going to|gonna|will literally"
                                + "|would literally))? {adv}(?:kill|hurt|beat|stab|shoot|jump|batter|smash|break"
                                + "|burn|strangle|choke|rape|find|come after|come for|murder|hit|punch|kick|slap)"
                                + " (?:me|you|us|my (?:{kin}))(?: up)?"
                                + "|(?:threatened|threatening|threatens|threaten) (?:me|us|my family|to (?:kill|hurt"
                                + "|beat|stab|shoot|hit) " + TARGET + ")"
                                + "|death threats|threatening (?:messages|texts|dms|calls|notes|me)"
                                + "|(?:getting|receiving|been getting|sent me) threats"),
                family(
                        "going-to-attack",
                        AGENT,
                        "(?:going to|gonna|will|are going to|wants to|want to|planning to|plan to|trying to"
                                + "|tried to) (?:jump|batter|stab|shoot|hurt|strangle|choke|rape) (?:me|us|her)"
                                + "|beat (?:me|us|her|him) up"
                                + "|(?:coming|come|came|going to come) (?:for|after) (?:me|us|my family)"
                                + "|(?:know|knows|found out|find out) where i live"
                                + "|(?:jump|jumped|jumping) me (?:after|on|outside|at|when|tomorrow)"),
                family(
                        "secrecy",
                        AGENT,
                        "(?:told|tells|telling|made|makes|making|asked|asks|keeps telling|said|says|warned) (?:(?:me"
                                + "|her|him) )?(?:not to (?:tell|say)|to keep (?:it|this|that|what happened|our|a)"
                                + " (?:a )?(?:secret|quiet|between us)|never to tell|(?:that )?(?:no one|nobody) can"
                                + " (?:know|find out))"
                                + "|(?:keep|keeping) (?:it|this|us|our (?:chats?|messages|relationship|friendship|texts))"
                                + " (?:a )?secret"
                                + "|and not to tell (?:anyone|anybody|my \\w+)"
                                + "|not allowed to tell (?:anyone|anybody|my (?:mum|mom|dad|parents)|the teacher)"
                                + "|if (?:i|you) (?:ever )?tell (?:anyone|anybody|someone|my (?:mum|mom|dad|parents)"
                                + "|your (?:mum|mom|dad|parents)|the police|a teacher|the teacher)"),
                family(
                        "little-secret",
                        SUBJECT,
                        "(?:our|a|its|it is) little secret|secret between (?:us|you and me)"
                                + "|(?:it is|its|it s|this is) our secret(?= *(?:[.!?,;]|$| and| so| from| between))"
                                + "|(?:no one|nobody) (?:can|must|is allowed to) (?:ever )?(?:know|find out)"),
                family(
                        "fear-at-home",
                        SUBJECT,
                        "(?:do not|never) want to go (?:back )?home (?:because|cause|cos|coz) (?:of )?(?:him|her|my|what"
                                + "|he|she|they)"
                                + "|(?:scared|afraid|terrified|frightened|petrified) {adv}(?:of|to go) (?:going )?(?:back )?"
                                + "(?:home|my (?:dad|father|stepdad|step dad|mum|mom|mother|stepmum|stepmom|step mum"
                                + "|boyfriend|girlfriend|husband|wife|partner|ex|uncle|brother|parents)|him|what (?:he"
                                + "|she|they) (?:will|might|would|could) do)"
                                + "|(?:do not|never) feel safe (?:at home|around (?:him|her|my \\w+)|with (?:him|her"
                                + "|my \\w+)|in my (?:own )?(?:home|house))"
                                + "|(?:not|never) safe (?:at home|in my (?:own )?(?:home|house))"
                                + "|fear for my (?:life|safety)"),
                family(
                        "told-to-die",
                        AGENT,
                        "(?:told|tell|telling|tells|keep telling|keeps telling|said|say|saying|says|posted|posting"
                                + "|messaged|commented|commenting|sent|sending|texted) (?:me )?(?:to |that i should |i"
                                + " should |i need to |to go |go )?(?:go )?(?:kill (?:myself|yourself)|die|unalive"
                                + " (?:myself|yourself)|end (?:myself|yourself)|drink bleach|neck (?:myself|yourself)"
                                + "|kill urself)"),
                family(
                        "confinement",
                        AGENT,
                        "(?:lock|locks|locked|locking) (?:me|us|her|him) (?:in|out)(?! of (?:my|the|his|her) (?:account"
                                + "|phone|laptop|computer|car))"
                                + "|(?:will not|does not|never) let (?:me|us) (?:leave|eat|out of (?:the|my) (?:house"
                                + "|room))"),
                family(
                        "exposure",
                        AGENT,
                        "(?:going to|gonna|will|threatening to|threatened to|threatens to|said (?:he|she|they)"
                                + " (?:will|would)) (?:post|share|leak|send|show|spread|release) (?:my|the|our)"
                                + " (?:nudes|naked (?:pics|photos|pictures)|pics|photos|pictures|videos|address)"
                                + "|(?:will|would|going to|gonna) (?:share|post|leak|send|show|spread|release) (?:them|it|those"
                                + "|the (?:pics|photos|pictures|videos)) (?:if|unless) i"
                                + "|(?:posted|shared|leaked|spread) my (?:nudes|address|home address|naked (?:pics"
                                + "|photos|pictures))"
                                + "|(?:blackmail|blackmailing|blackmailed|blackmails) (?:me|us|her|him)"));
    }

    private static PhraseFamily family(String name, Anchor anchor, String template) {
        return PhraseFamily.of(name, HARM_FROM_OTHERS, anchor, template);
    }
}
