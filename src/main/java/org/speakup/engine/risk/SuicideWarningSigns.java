package org.speakup.engine.risk;

import static org.speakup.engine.risk.PhraseFamily.Anchor.SUBJECT;
import static org.speakup.engine.risk.PhraseFamily.Anchor.WRITER;
import static org.speakup.engine.risk.RiskCategory.SUICIDAL_THOUGHTS;

import java.util.List;
import org.speakup.engine.risk.PhraseFamily.Anchor;

/**
 * The indirect signs clinicians are taught to ask about when nobody says "suicide": farewells,
 * expecting not to be around, passive wishes to die, preparations (a method, a place, affairs put
 * in order) and reckless acts.
 */
final class SuicideWarningSigns {

    private static final String CLAUSE_END = "(?= *(?:[.!?,;:]|$| and| but| so| anymore| lol| fr| tbh| im serious))";

    private SuicideWarningSigns() {}

    static List<PhraseFamily> all() {
        return List.of(
                family(
                        "farewell",
                        SUBJECT,
                        "sorry for everything(?= *(?:[.!?,;:]|$| and| i hope| goodbye| bye| please))"
                                + "|i hope you (?:all )?(?:have|live) (?:a )?(?:good|great|happy|long) (?:lives?|life)"
                                + "|(?:last|final) time (?:you|anyone|anybody|you all) (?:will|ll|are going to) (?:hear from"
                                + "|see) me"
                                + "|(?:this is|here is) my (?:last|final) (?:diary entry|entry|goodbye|words|message to"
                                + " (?:you|everyone))"
                                + "|(?:wrote|writing|write|written|left|leave|leaving|sent|sending|posted|posting|texted)"
                                + " (?:\\w+ ){0,2}(?:goodbye|farewell|suicide|final) (?:notes?|letters?|messages?|videos?"
                                + "|posts?|texts?)"
                                + "|(?:left|leave|leaving|wrote) (?:me |us |her |him )?a note (?:saying|that said|to say)"
                                + " (?:sorry|goodbye|bye)"
                                + "|(?:writing|wrote|written|write|saying|sent|posting|posted) my goodbyes"
                                + "|said (?:my )?goodbyes|said (?:bye|goodbye) to(?![^.!?]{0,40}(?:party|leaving|airport|station|wedding"
                                + "|holiday|trip|end of|graduation|school|work|office|class|meeting)) (?:everyone|everybody|all of you|the world"
                                + "|my group chat|the group chat)"
                                + "|(?:do not|will not|wont) need (?:them|it|this|these|anything|my \\w+) (?:where i am"
                                + " going|after (?:tonight|tomorrow|this week|this weekend))"
                                + "|tell (?:my|\\w+) (?:\\w+ )?(?:that )?i (?:love|loved) (?:her|him|them|you)(?= *(?:[.!?]|$))"),
                family(
                        "better-off-without-them",
                        SUBJECT,
                        "(?:said|says|saying|thinks|feels|keeps saying|told me|texted) (?:that )?(?:we|everyone|everybody"
                                + "|they|you|his family|her family|the family|we all|you all|the world) (?:would|will) (?:all )?be"
                                + " (?:better off|better|happier|fine) without (?:him|her|them)"),
                family(
                        "not-being-around",
                        SUBJECT,
                        "(?:will not|am not going to|not going to|do not think i will|might not|may not) be (?:here|around"
                                + "|alive) (?:for (?:much longer|long|the end of (?:term|the year|school)|christmas|my birthday"
                                + "|your birthday)|to see (?:it|you|them|the end|christmas|my birthday|next year)|next (?:year"
                                + "|month)|much longer|anymore|any more|by (?:then|the end|christmas))"
                                + "|(?:will not|am not going to|not going to) be (?:here|around|alive)(?= *[.!?]| *$)"
                                + "|(?:i will|i) be gone (?:by then|soon|before|by (?:tomorrow|next week|the weekend"
                                + "|monday|friday|christmas|the end))"
                                + "|(?:will not|not going to|am not going to) be a (?:problem|burden|bother|worry) (?:for|to)?"
                                + " ?(?:anyone|anybody|you|them|anyone)? ?(?:much longer|for much longer|after|for long"
                                + "|soon)"
                                + "|if (?:i will|ill|i) (?:still )?be (?:alive|here|around) (?:tomorrow|next week|much longer"
                                + "|by)"
                                + "|(?:cannot|can not|do not) see (?:a|any) future (?:where|in which|with) (?:i am|me|i) ?(?:alive"
                                + "|here|in it)?"
                                + "|(?:there is|i have|there s) no future (?:for me|left)(?! (?:in|at|with) (?:this|the|that))"
                                + "|if i (?:was|were|am) (?:not|no longer) (?:around|here) (?:anymore|any more)"
                                + "|(?:do not|never) (?:plan on|expect to|intend to|think i will) be(?:ing)? (?:here|around|alive)"
                                + " (?:for|by|at|next|to see|much longer)"
                                + "|nothing left for me(?! (?:to do|at|in|here))|nothing left to live for"
                                + "|(?:i am|i) done for good(?= *(?:[.!?,;]|$))"
                                + "|end (?:the|my|this) pain (?:permanently|for good|forever|once and for all)"
                                + "|(?:the )?only way (?:this|it|things) (?:ends|will end|can end) (?:is )?(?:with me (?:gone|dead)|if i"
                                + " die|with my death|with me dying)"),
                family(
                        "passive-wish",
                        WRITER,
                        "(?:wish|wishing|hope|hoping|pray|praying) (?:that )?(?:the|my|a) (?:plane|car|bus|train) (?:crashes|would"
                                + " crash|goes down)"
                                + "|(?:wish|wishing|hope|hoping|pray|praying) (?:that )?(?:a|the|some) (?:car|bus|truck|lorry|train)"
                                + " (?:would )?(?:hit|hits|run over|runs over|kill|kills) me"
                                + "|(?:wish|wishing|hope|hoping|pray|praying) (?:that )?(?:i would|i) (?:get|got|had|have)"
                                + " (?:a |some )?(?:terminal|fatal|incurable) (?:illness|disease|cancer)"
                                + "|(?:imagining|imagine|picturing|planning|plan|dreaming about|thinking about) my (?:own )?funeral"
                                + "|dying (?:would not|does not|do not|would|might not) (?:be|seem) (?:so |that |too )?bad"
                                + "|death (?:would be|sounds|seems|feels) (?:like )?(?:a relief|peaceful|nice|better|easier"
                                + "|like freedom)"
                                + "|(?:stopped|stop) (?:caring|wanting) (?:whether|if|about whether) i (?:live|lived|die|died)"
                                + "|(?:stopped|stop) wanting to (?:be here|live|be alive|exist|wake up)"
                                + "|if i (?:disappeared|died|was gone|were gone|was dead|killed myself) (?:\\w+ ){0,3}?(?:it"
                                + " would|would) (?:fix|solve|make) (?:everything|it all|things|all their problems)"
                                + "|would get (?:the |my )?(?:life )?insurance"
                                + "|(?:no|not any) (?:reason|point) (?:for me )?(?:to|in) (?:still )?(?:be here|stay|stay"
                                + " alive|go on|being here)"
                                + "|(?:do not|cannot|does not|did not) see (?:any|a|the) (?:reason|point) (?:to|in|for)"
                                + " (?:stay alive|staying alive|live|living|go on|going on|being alive|be here|being here)"
                                + "|(?:ready to|going to|want to|time to|about to) let go (?:for good|of (?:life|everything|it"
                                + " all))"
                                + "|(?:ready|want|going|time) to join (?:her|him|them|my \\w+)(?: again| in heaven| soon| up"
                                + " there| now|" + CLAUSE_END + ")"
                                + "|be with (?:her|him|them|my \\w+) (?:in heaven|up there|on the other side)"
                                + "|how easy it would be(?: to (?:die|end it|jump|step|fall|just|do it|let go|go))?"
                                + CLAUSE_END),
                family(
                        "preparations",
                        SUBJECT,
                        "(?:where|so) (?:no one|nobody) (?:would|will|could|can) (?:ever )?find me(?! (?:to|and) (?:study|read|work|revise|nap|relax|chill|think))"
                                + "|(?:bought|buy|buying|got|have|ordered|ordering) (?:a |some )?rope(?= *(?:[.!?]|$| today| tonight| yesterday| and i| but))"
                                + "|(?:looked up|looking up|googled|searched|researched|researching) (?:the )?(?:tallest"
                                + "|highest) (?:buildings|bridges|places|cliffs)"
                                + "|(?:gone|went|go|going|been) (?:back )?to the (?:bridge|cliffs?|tracks|railway|roof)"
                                + " (?:\\w+ ){0,4}?(?:to look|just to look|and (?:stood|looked|thought))"
                                + "|(?:sorted|sorting|written|wrote|writing|made|making|updated|finished) (?:out )?my will"
                                + CLAUSE_END
                                + "|(?:written|wrote|writing|left|leaving) (?:down )?(?:all )?my passwords (?:down )?(?:for|so)"
                                + "|my passwords (?:are |were )?(?:written|wrote|left) down (?:for|so)"
                                + "|(?:look after|take care of|keep|have) my (?:dog|cat|pets?|rabbits?|hamsters?|fish|guinea pigs?) (?:for good"
                                + "|forever|permanently|when i am gone|after i am gone)"
                                + "|(?:make sure|look after|take care of|find|finding) my (?:dog|cat|pets?|rabbit|hamster)"
                                + " (?:gets|finds|has|a) (?:a )?(?:good|new|loving) home"
                                + "|(?:given|gave|giving) (?:away )?the (?:cat|dog|pets?) (?:away|to)(?![^.!?]{0,40}(?:while|holiday|travel|weekend|week|moving|allerg|look after|back))"
                                + "|(?:stopped|stop) taking my (?:\\w+ )?(?:meds|medication|pills|tablets) and (?:started |have"
                                + " been |am )?(?:saving|keeping|stockpiling|hoarding|collecting)"
                                + "|(?:got|have|has|had|keep|kept) (?:\\w+ )?{pills} (?:saved|stashed|hidden|stockpiled)"
                                + "|take (?:them|the lot) all(?= *(?:[.!?,;]|$| tonight| at once| together| now))|take all of them (?:tonight|at once|tomorrow)"
                                + "|(?:ways|how) to (?:not exist|stop existing|disappear|not be here|end things|end everything)"),
                family(
                        "reckless",
                        SUBJECT,
                        "(?:walk|walked|walking|step|stepped|stepping|ran|run|running) (?:out )?into (?:the )?(?:road"
                                + "|traffic|street) (?:without looking|on purpose|hoping)"
                                + "|(?:driving|drive|drove) (?:really |so |too )?(?:fast|recklessly) (?:on purpose|hoping)"
                                + "|(?:drive|driving|crash|crashing|steer|steering) (?:my|the) (?:car|bike) (?:into|off|in"
                                + " front of)"
                                + "|(?:going to|gonna|about to|will|want to|wanna|might) jump" + CLAUSE_END
                                + "|(?:yeet|yeeting|throw|throwing|fling|launch) (?:myself|{self}) (?:off|from|out of|in"
                                + " front of)"
                                + "|(?:there is|there s|i see|i can see) no (?:way out|escape|other way)(?! of (?:the|this"
                                + "|that) (?:meeting|room|building|car park|contract|deal|maze|game|level|job|queue))"));
    }

    private static PhraseFamily family(String name, Anchor anchor, String template) {
        return PhraseFamily.of(name, SUICIDAL_THOUGHTS, anchor, template);
    }
}
