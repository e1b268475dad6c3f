package org.speakup.engine.risk;

import static org.speakup.engine.risk.PhraseFamily.Anchor.SUBJECT;
import static org.speakup.engine.risk.PhraseFamily.Anchor.WRITER;
import static org.speakup.engine.risk.RiskCategory.SUICIDAL_THOUGHTS;

import java.util.List;
import org.speakup.engine.risk.PhraseFamily.Anchor;

/**
 * Ways people say they think of ending their life: outright, through a wish to be dead or not to
 * exist, as a burden others would be better off without, through preparations (goodbyes, giving
 * things away, a method), and in slang.
 */
final class SuicideFamilies {

    /** Lets "go on", "be here" and the like count only at the end of a clause, not "go on holiday". */
    private static final String CLAUSE_END =
            "(?= *(?:[.!?,;:]|$| anymore| any more| like this| much longer| for much longer| either| without"
                    + "| and| but| because| lol| tbh| tomorrow| ever again| again| at all| now| no more| tonight| today"
                    + "| soon| forever| for good| once and for all| right now| this (?:time|week|weekend)))";

    private SuicideFamilies() {}

    static List<PhraseFamily> all() {
        return List.of(
                family(
                        "kill-myself",
                        WRITER,
                        "(?:kill|killing|killed|murder|end|ending|off|offing|top|topping|unalive|hang|hanging|hanged"
                                + "|shoot|shooting|drown|drowning|poison|poisoning|suffocate|suffocating|neck|necking"
                                + "|delete|deleting) {adv}{self}|do {self} in"),
                family(
                        "end-my-life",
                        SUBJECT,
                        "(?:end|ending|ended|take|taking|took|finish|finishing) (?:my|his|her|their) (?:own )?life"
                                + "|(?:end|ending|ended) it all"),
                family(
                        "wish-i-were-dead",
                        WRITER,
                        "(?:wish|wishing|wished|hope|hoping) (?:that )?i (?:was|were|am|could be|would be|had|would)"
                                + " {adv}(?:dead|gone|never born|not alive|not here|not born|never been born"
                                + "|not around|not exist|stop existing)"
                                + "|(?:wish|hope|hoping|pray|praying) (?:that )?i (?:do not|never|will not|would not"
                                + "|did not) wake up"
                                + "|(?:wish|hope|hoping|pray|praying) (?:that )?i (?:die|died|get hit by a (?:car|bus|truck"
                                + "|train))"),
                family(
                        "want-to-die",
                        SUBJECT,
                        "(?:want|wants|wanted|wanting|wish|wishes|wished|would like|ready|plan|plans|planning"
                                + "|planned|decided|deserve|deserves|need|needs|tempted|trying|tried|try|rather|prefer"
                                + "|should|might as well|may as well|wish i could|wish i could just|feel like)"
                                + " (?:to )?{adv}(?:die|dying|be dead|stop existing|not exist|not existing|cease to exist"
                                + "|disappear(?:ing)? (?:forever|for good|permanently|and never come back|and not come back)"
                                + "|vanish forever|sleep forever|never wake up|go to sleep and (?:never|not) wake up"
                                + "|fall asleep and (?:never|not) wake up|sleep and (?:never|not) wake up|suicide|ending it"
                                + "|not wake up|unalive(?: {refl})?|self delete|be gone forever|leave this world|give up on life"
                                + "|commit suicide|kill {refl}|end it all|(?:end|take) (?:my|his|her|their) (?:own )?life"
                                + "|end (?:it|things|everything)" + CLAUSE_END + ")"
                                // "going to die" is usually a prediction or a joke; "going to end it" is a plan.
                                + "|(?:(?:going|about|gonna|planning|threatened|threatening|threatens) to|will|would) {adv}(?:kill"
                                + " {others}|(?:hang|drown|shoot|poison|hurt|cut) {others}|end it all|commit suicide"
                                + "|unalive|self delete|(?:end|take) (?:my|his|her|their) (?:own )?life"
                                + "|end (?:it|things|everything)" + CLAUSE_END + ")"),
                family(
                        "do-not-want-to-live",
                        SUBJECT,
                        "(?:do not|does not|did not|no longer|not|never|cannot) {adv}(?:want|wish|care|deserve|see (?:the"
                                + "|a|any) point|feel like i want) (?:to )?{adv}(?:live|living|be alive|exist|existing"
                                + "|stay alive|survive|be in this world|be on this earth|keep living"
                                + "|(?:go on|keep going|carry on|continue|be here|be around|wake up|be me)"
                                + CLAUSE_END + ")"
                                + "|(?:do not|does not|did not|cannot|can not|no longer) {adv}see (?:the|a|any) point (?:anymore|any more"
                                + "|in (?:anything|living|life|going on|carrying on|trying|being alive|being here)"
                                + "|of (?:living|life|anything|going on|being alive|being here))"
                                + "|(?:do not|does not|did not|cannot|can not|no longer) {adv}see (?:the|a|any) point"
                                + CLAUSE_END
                                + "|(?:want|need|wish) (?:it all|everything|all of it|the pain|this pain|it|life|this) {adv}to (?:be over|stop"
                                + "|end)(?: forever| for good| permanently)?" + CLAUSE_END
                                + "|not sure (?:if |whether |that )?i (?:want to|can|should) (?:live|be alive|keep going"
                                + "|go on|carry on|keep living|stay alive)"),
                family(
                        "no-reason-to-live",
                        SUBJECT,
                        "(?:no|not any|not a|lost (?:my|the|all|any)) (?:reason|point|will|purpose|desire) (?:to|in"
                                + "|of|for) (?:me )?(?:live|living|being alive|going on|carrying on|keep going|existing|life"
                                + "|me being here|being here|staying alive)"
                                + "|nothing (?:left )?to live for"
                                + "|(?:life|my life|living|it) (?:is|feels|seems) (?:not worth (?:living|it anymore)"
                                + "|pointless|meaningless)"
                                + "|what is the point (?:of|in) {adv}(?:living|life|being alive|going on|carrying on|me"
                                + "|anything anymore|even trying anymore|trying anymore)"),
                family(
                        "suicidal",
                        SUBJECT,
                        "(?:{be}|so|very|really|super|extremely|quite|pretty|bit|little|and) {adv}suicidal"
                                + "|(?:unalive|sui|kms|death|dying) (?:thoughts?|urges?|plans?|ideas?)"
                                + "|suicidal (?:thoughts?|feelings?|ideation|urges?|again|tonight|right now|lately"
                                + "|recently|episode|mood|phase)"
                                + "|(?:attempt|attempted|attempting|attempts|committing|commit|committed) (?:suicide"
                                + "|to kill)"
                                + "|suicide (?:plan|plans|note|letter|attempt|attempts|pact)"
                                + "|(?:suicide|death|dying|unalive|self delete) (?:is|seems|seems like|feels like|looks like) (?:the"
                                + " only|my only|the best|an|my) (?:option|way out|answer|choice|solution)"),
                family(
                        "thoughts-of-suicide",
                        SUBJECT,
                        "(?:thoughts?|thinking|thought|think|thinks|ideas|urges?|fantasies|fantasising|fantasizing"
                                + "|dreams?|dreaming|obsessing) {adv}(?:about|of) {adv}(?:suicide|killing {refl}|ending (?:it"
                                + "|it all|my life|things|everything)|dying|not being (?:here|alive|around)"
                                + "|not existing|taking my (?:own )?life|my (?:own )?death|ways to die|unalive"
                                + "|self delete|how to die|overdosing|jumping|stepping (?:off|out in front|in front)"
                                + "|the (?:train )?tracks|the railway (?:line|bridge)|the (?:tall )?bridge|crashing (?:the|my) car)"
                                + "|reasons to die|make sure i (?:do not|never|will not) wake up"
                                + "|(?:everyone|everybody|people|they|you all) (?:would|will) (?:just )?forget (?:about )?me"
                                + "|(?:planning|plan|planned) my (?:exit|way out)(?! (?:from|of) (?:the|this|my) (?:company|job|team"
                                + "|band|contract|lease))"),
                family(
                        "talks-of-dying",
                        SUBJECT,
                        "(?:talking|talks|talked|talk|saying|says|said|posting|posts|posted|joking|jokes|joked"
                                + "|writing|wrote|texting|texted) {adv}(?:about|of) {adv}(?:killing {refl}|ending (?:it"
                                + "|it all|his life|her life|my life|their life|things)|wanting to die|dying|not being"
                                + " (?:here|alive|around)|taking (?:his|her|my|their) (?:own )?life|suicide|overdosing)"),
                family(
                        "cannot-go-on",
                        SUBJECT,
                        "(?:cannot|could not|can no longer|unable to) {adv}(?:live like this|do this anymore|do it anymore|do it any more"
                                + "|do this any more|cope anymore|cope any more|keep doing this|stand being alive"
                                + "|(?:go on|carry on|keep going|keep living|take it|take this|take (?:the|this) pain"
                                + "|take any more|take anymore|bear it|bear this|handle (?:it|this|life))"
                                + CLAUSE_END + ")"),
                family(
                        "tired-of-life",
                        SUBJECT,
                        "(?:tired|sick|exhausted|done|finished|fed up|weary) (?:of|with) {adv}(?:living|being alive"
                                + "|existing|life|this life)(?! (?:admin|lessons?|at|in|insurance|coach))"),
                family(
                        "goodbyes",
                        SUBJECT,
                        "(?:saying|said|say|to say) (?:my )?(?:final |last )?goodbyes? to(?![^.!?]{0,40}(?:party|leaving|airport"
                                + "|station|wedding|holiday|trip|end of|graduation|school|work|office|class|meeting))"
                                + " (?:everyone|everybody"
                                + "|all of you|the world|my family|my friends|you all|life)"
                                + "|this is (?:my|the) (?:final|last) (?:goodbye|message|post)(?! (?:for|before|of|until|till|on|in|about|from))"
                                + "|(?:wrote|writing|write|written|left|leave|leaving|sent|sending|posted|posting|texted) (?:me |us |a |my )?(?:a )?(?:goodbye|suicide"
                                + "|last|final) (?:note|letter|message|messages|video|post)"
                                + "|(?:you will not|nobody will|no one will|you do not) (?:have to )?(?:see|hear from"
                                + "|deal with|worry about) me (?:again|anymore|any more|ever again|much longer)"
                                + "|(?:will not|am not going to|not going to) be (?:here|around|alive) (?:much longer"
                                + "|for much longer|for long|by tomorrow|anymore|any more)"
                                + "|(?:when|after|once) i (?:am|have) (?:gone|dead|not here anymore|no longer here)"
                                + CLAUSE_END
                                + "|(?:sorting|sorted|putting|put|getting|got) (?:all )?my affairs in order"),
                family(
                        "giving-things-away",
                        SUBJECT,
                        "(?:giving|gave|give|given|giving out) (?:away )?(?:all |most )?(?:of )?my (?:\\w+ )?(?:things"
                                + "|stuff|belongings|possessions|clothes|books|games|jewellery|jewelry|pets?|cat|dog"
                                + "|collection|savings|guitar|plants|art|favourite things|favorite things)"
                                + "|giving (?:away )?(?:all )?(?:of )?(?:my|his|her|their) (?:\\w+ )?(?:things|stuff"
                                + "|belongings|possessions) away"),
                family(
                        "no-future",
                        SUBJECT,
                        "(?:do not|cannot|can not) (?:see|picture|imagine) myself (?:being )?(?:here|alive|around) (?:next"
                                + "|in|by|at)"
                                + "|(?:who|what) (?:should|will|gets?|can) (?:get|have|inherit) my (?:things|stuff|belongings)"
                                + "|who should (?:get|have) my (?:things|stuff|belongings)"),
                family(
                        "giving-treasured-things",
                        SUBJECT,
                        "(?:gave|giving|given|give) (?:away )?my (?:favourite|favorite|most precious|special|treasured"
                                + "|prized) \\w+"
                                + "|told (?:her|him|them) to keep (?:it|them) forever"),
                family(
                        "slang",
                        SUBJECT,
                        "(?:going to|want to|time to|about to|ready to|will|should|might|gonna|could|wanna|gotta|got"
                                + " to|finna|i) {adv}(?:ctb|rope|catch the bus|self delete|unalive|go to sleep forever)"
                                + "|(?:thinking about|thought about|want) (?:to )?(?:ctb|catch the bus|rope)"));
    }

    private static PhraseFamily family(String name, Anchor anchor, String template) {
        return PhraseFamily.of(name, SUICIDAL_THOUGHTS, anchor, template);
    }
}
