package org.speakup.engine.risk;

import static org.speakup.engine.risk.PhraseFamily.Anchor.SUBJECT;
import static org.speakup.engine.risk.PhraseFamily.Anchor.TOPIC;
import static org.speakup.engine.risk.PhraseFamily.Anchor.WRITER;
import static org.speakup.engine.risk.RiskCategory.SELF_HARM;

import java.util.List;
import org.speakup.engine.risk.PhraseFamily.Anchor;

/** Ways people say they hurt themselves on purpose: cutting, burning, hitting, starving, and the urge to. */
final class SelfHarmFamilies {

    private static final String VERBS = "(?:hurt|hurting|hurts|harm|harming|harmed|cut|cutting|cuts|burn|burning"
            + "|burned|burnt|scratch|scratching|scratched|hit|hitting|punch|punching|punched|bruise|bruising"
            + "|starve|starving|starved|mutilate|mutilating|injure|injuring|injured|stab|stabbing|stabbed|carve"
            + "|carving|carved|bleed|bleeding)";

    /** "cut" on its own only counts where a clause could end, so "I cut again" but not "I cut my hair". */
    private static final String CUT_ALONE =
            "(?:cut|cutting)(?: again)?(?= *(?:[.!?,;:]|$| again| myself| to cope| because"
                    + "| when| whenever| if| and| but| last| so| deeper| deep| more| lol| every| tonight| today| yesterday"
                    + "| right now| at night| on my| is| was| has been| feels| gets| badly))";

    private SelfHarmFamilies() {}

    static List<PhraseFamily> all() {
        return List.of(
                family(
                        "hurt-myself",
                        WRITER,
                        VERBS + " {adv}{self}|make {self} (?:throw up|sick|vomit|puke|bleed)"
                                + "|i {adv}deserve (?:pain|to (?:suffer|be hurt|feel pain|be punished|bleed))"),
                family("hurt-themselves", SUBJECT, VERBS + " {adv}{others}"),
                family(
                        "cut-body",
                        SUBJECT,
                        "(?:cut|cutting|cuts|slice|slicing|sliced|burn|burning|burnt|burned|carve|carving|carved"
                                + "|slash|slashing|slashed|scratch|scratching|scratched) (?:my|his|her|their) (?:own )?{body}"
                                + "|(?:until|till|til|so hard|so much) (?:it|they|i|my \\w+) (?:bled|bleed|bleeds|was bleeding"
                                + "|were bleeding|started bleeding)"
                                + "|(?:carved|carve|carving|cut|scratch|scratched|scratching|etch|etched|burned|burnt) (?:\\w+ ){1,3}(?:into|in|on) my {body}"
                                + "|(?:bang|banging|banged|hit|hitting) my head (?:against|on|into) (?:the |a )?(?:wall|floor"
                                + "|door|desk)"),
                family(
                        "cutting-again",
                        SUBJECT,
                        "(?:i|been|started|start|starting|keep|kept|still|stop|can not stop|urge to|urges to|want to"
                                + "|going to|tempted to|need to|resist|resisting|is|are|was|am) {adv}" + CUT_ALONE
                                + "|(?:cut|cutting|burned|burnt|burning|scratched|relapsed) (?:myself )?again"),
                family(
                        "self-harm",
                        TOPIC,
                        "(?:i|been|started|start|keep|kept|still|again|urge|urges|urge to|thoughts of|thinking about"
                                + "|want to|wanted to|going to|tempted to|relapsed|relapse|struggling with|struggle with"
                                + "|dealing with|my|i have|i did|i do|to|she|he|they) {adv}(?:self harms|self harm|self harming"
                                + "|self harmed|self injure|self injuring|self injured|self injury|sh)"
                                + "|(?:self harm|self harmed|self harming|sh) (?:again|last night|today|tonight"
                                + "|yesterday|this (?:morning|week)|every day|daily|urges?|scars?|cuts?|wounds?|marks)"
                                + "|(?:relapsed|relapse|relapsing|clean from) (?:on |from )?(?:sh|self harm|cutting)"),
                family(
                        "urge-to-self-harm",
                        SUBJECT,
                        "(?:urges?|urge to|want to|need to|needed to|going to|tempted to|thought about|thinking about"
                                + "|craving|crave|desperate to) {adv}(?:hurt myself|hurting myself|burn myself|bleed"
                                + "|see blood|feel pain|feel the pain|" + CUT_ALONE + ")"),
                family(
                        "wounds",
                        SUBJECT,
                        "(?:fresh|new|deep|deeper) (?:cuts|wounds|burns) (?:on|in) (?:my|her|his) {body}"
                                + "|(?:cuts|wounds|burns) on (?:my|her|his) {body}"
                                // The cuts are the risk, not the seeing: "nobody sees my cuts" must not read as
                                // negated.
                                + "|(?:my|her|his) (?:cuts|wounds|self harm scars)(?! (?:from|after) (?:the |my |a |an )?(?:surgery"
                                + "|operation|accident|fall|crash|op))"
                                + "|(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:my|the|her|his) (?:cuts|wounds"
                                + "|burns|self harm)"
                                + "|(?:blade|blades) (?:out )?(?:of|from) (?:a |my |the )?(?:pencil )?sharpener"
                                + "|(?:hide|hiding|hid|keep|keeping|stash|stashing) (?:my |the |a )?(?:blades?"
                                + "|razor blades?)"));
    }

    private static PhraseFamily family(String name, Anchor anchor, String template) {
        return PhraseFamily.of(name, SELF_HARM, anchor, template);
    }
}
