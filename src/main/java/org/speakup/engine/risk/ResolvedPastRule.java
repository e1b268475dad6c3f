package org.speakup.engine.risk;

import java.util.regex.Pattern;

/**
 * Rules out a match about the past when the writer says clearly that it is over: "I used to
 * self-harm but I've been clean for two years". Three conditions, all needed:
 *
 * <ol>
 *   <li>the phrase's sentence places it in the past ("used to", "years ago", "when I was 14") or is
 *       itself the statement that it is over;
 *   <li>somewhere in the text the writer says it is resolved ("stopped", "clean for", "in a better
 *       place now");
 *   <li>nothing in the phrase's sentence makes it recent ("again", "last night", "still", "lately").
 * </ol>
 *
 * A past event alone ("I used to cut") stays a crisis: history is a risk factor and the writer has
 * not said it is over.
 */
record ResolvedPastRule() implements ContextRule {

    private static final Pattern PAST = PhraseFamily.compile(
            "used to|in the past|(?:\\w+ )?(?:years?|yrs|months?) ago|when i was (?:younger|little|small|a kid|a child"
                    + "|a teenager|a teen|in (?:school|high school|secondary school|middle school|college|uni|year \\w+"
                    + "|grade \\w+)|at (?:school|uni|college)|\\d+|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                    + "|seventeen)|as a (?:kid|child|teen|teenager)|back (?:then|in)|in (?:19|20)\\d\\d|long time ago"
                    + "|ages ago|previously|at one point|at my worst|had a (?:bad|dark|rough|hard|difficult) (?:time"
                    + "|patch|period|few years)|went through a (?:phase|period|time)|last year|as a (?:younger|young)"
                    + "|(?:\\w+ )?(?:years?|months?) back");
    private static final Pattern RESOLVED = PhraseFamily.compile(
            "(?:stopped|quit|gave up|beat|beaten|overcame|overcome) (?:\\w+ ){0,2}?(?:cutting|self harming|self harm"
                    + "|harming myself|hurting myself|doing (?:it|that)|it|that|those thoughts|feeling (?:that way"
                    + "|like that)|the urges)"
                    + "|have not (?:\\w+ ){0,3}(?:since|in (?:years|months|ages|a long time|over a year)|for (?:years"
                    + "|months|ages|a long time|\\w+ (?:years?|months?)))"
                    + "|clean (?:for|since)|(?:\\w+ )?(?:years?|months?) clean|recovered|in recovery|my recovery"
                    + "|(?:much |so much |a lot |far )?better now|doing (?:much |so much |a lot |really |far |so )?(?:better"
                    + "|well|ok|okay|good|great|fine|amazing|brilliant)(?: now| these days)?|apologi[sz]ed"
                    + "|(?:has|have) changed|(?:been|is|are) (?:a )?(?:great|good|fine|lovely|kind|better)(?: \\w+)?"
                    + " (?:ever )?since|things are (?:good|fine|better|great) (?:now|between us)|in a (?:much |far |way )?(?:better|good|safe) place"
                    + "|not anymore|no longer (?:do|feel|want|think|have|self harm|cut)|(?:do not|never) (?:do|feel"
                    + "|think) (?:that|like that|that way) anymore|got (?:help|better|through it|through that)"
                    + "|(?:therapy|treatment|counselling|counseling|medication) (?:really )?(?:helped|works|worked)"
                    + "|(?:over|past|behind me) now|is (?:over|behind me)|(?:safe|happy|fine|okay|ok) now|healed|stable (?:for|now|since)|(?:been|stayed|staying) (?:sober|clean)"
                    + "|(?:been|am|feel|felt) (?:well|stable) (?:for|since|now)|(?:have|got|with) (?:good|great|lots of|a lot of)"
                    + " support|(?:a )?different (?:life|person)|another life|lifetime ago|recovery|peer supporter|survivor"
                    + "|proud of (?:how far|myself)|those days are (?:over|gone|behind me)|left (?:him|her|them)"
                    + "|moved out|got out|(?:he|she|they) (?:is|are) in (?:prison|jail)|went to prison"
                    + "|(?:love|enjoying|enjoy) (?:my )?life (?:now|again)|glad (?:i am|to be) (?:still )?(?:here"
                    + "|alive)|(?:long|well) behind me");
    private static final Pattern RECENT = PhraseFamily.compile(
            "again|last night|yesterday|today|tonight|this (?:morning|week|weekend|month|evening|afternoon)"
                    + "|recently|lately|still|right now|at the moment|currently|relapsed|relapse|this year|(?:\\d+|few|one|two|three|four|five|six) days|urges?"
                    + "|every (?:day|night)|keep|keeps|anymore either");

    @Override
    public String name() {
        return "resolved-past";
    }

    @Override
    public boolean rulesOut(Candidate candidate, NormalisedText text) {
        String sentence = Sentences.sentenceAround(text.text(), candidate.start(), candidate.end());
        if (RECENT.matcher(sentence).find()) {
            return false;
        }
        boolean placedInPast =
                PAST.matcher(sentence).find() || RESOLVED.matcher(sentence).find();
        return placedInPast && RESOLVED.matcher(text.text()).find();
    }
}
