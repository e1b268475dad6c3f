package org.speakup.engine.marker;

import static org.speakup.engine.marker.MarkerKind.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.speakup.engine.Span;

/**
 * The catalogue of marker rules. Phrase lists are ours; the categories come from the behavioural assertiveness
 * literature and DBT, named on each rule.
 */
public final class Markers {

    private static final String ORDINAL = "(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th))";

    // Alberti & Emmons, Your Perfect Right: qualifiers and fillers typical of non-assertive speech.
    static final PhraseRule HEDGES = PhraseRule.of(
            HEDGE,
            "i guess",
            "i suppose",
            "maybe",
            "perhaps",
            "kind of",
            "sort of",
            "kinda",
            "sorta",
            "possibly",
            "um+",
            "uh+",
            "erm+",
            "hmm+",
            "i don't know",
            "idk",
            "probably",
            "i'm not sure",
            "if possible",
            "i was wondering",
            "i wondered",
            "just wondering",
            "i mean",
            "or something",
            "i think maybe",
            "if that makes sense",
            "a bit of a",
            "i might",
            "we could maybe",
            "ish");

    // Alberti & Emmons: self-deprecating remarks undercut the message.
    static final PhraseRule SELF_DEPRECATION = PhraseRule.of(
            MarkerKind.SELF_DEPRECATION,
            "i'm (?:so |such an? )?(?:stupid|useless|hopeless|an idiot|rubbish|terrible|awful|pathetic)",
            "silly me",
            "my fault",
            "my bad",
            "i'm probably wrong",
            "i'm probably being",
            "i know i'm being",
            "i'm being silly",
            "i'm being stupid",
            "i'm being difficult",
            "i'm (?:so |such )?(?:a pain|a nuisance)",
            "this is probably (?:a )?(?:stupid|silly|dumb)",
            "i'm no good at",
            "i'm bad at",
            "i'm rubbish at",
            "sorry to be a pain",
            "sorry to bother you",
            "ignore me",
            "i'm overreacting",
            "i'm probably overreacting");

    // Alberti & Emmons: minimising words shrink the request.
    static final PhraseRule MINIMISERS = PhraseRule.of(
            MINIMISING,
            "just",
            "only",
            "a little",
            "a tiny bit",
            "a bit",
            "tiny",
            "no big deal",
            "not a big deal",
            "it's nothing",
            "it doesn't matter",
            "not that it matters",
            "if it's not too much trouble",
            "if it's no trouble",
            "nothing major",
            "no biggie",
            "slightly");

    // Alberti & Emmons: asking leave to state a need.
    static final PhraseRule PERMISSION = PhraseRule.of(
            PERMISSION_SEEKING,
            "if that's (?:ok|okay|alright|all right|fine|cool)",
            "if you don't mind",
            "if it's (?:ok|okay|alright|all right)",
            "is it (?:ok|okay|alright|all right) if",
            "would it be (?:ok|okay|alright|all right|possible)",
            "do you mind if",
            "would you mind if",
            "can i ask",
            "could i maybe",
            "may i",
            "if you're ok with",
            "is that (?:ok|okay|alright|all right)",
            "hope that's (?:ok|okay|alright|fine)",
            "if that works for you");

    // Lakoff, Language and Woman's Place: tag questions turn a statement into a request for approval.
    static final PhraseRule TAG_QUESTIONS = PhraseRule.matching(
            TAG_QUESTION,
            java.util.regex.Pattern.compile(
                    ",\\s*(?:isn['’]?t it|aren['’]?t (?:i|we|you)|don['’]?t you think|right|ok|okay|yeah|is that ok|"
                            + "wouldn['’]?t it|won['’]?t it|doesn['’]?t it|no|innit|is it|shall i|do i)\\s*\\?",
                    java.util.regex.Pattern.CASE_INSENSITIVE));

    // Passive giving-in (Alberti & Emmons): conceding before one's own need is stated.
    static final PhraseRule GIVING_UP = PhraseRule.of(
            GIVING_IN,
            "it's (?:totally |completely |absolutely )?fine",
            "it's (?:ok|okay|alright|all right)",
            "never mind",
            "nevermind",
            "don't worry about (?:it|me)",
            "whatever you (?:want|think|prefer|need)",
            "i don't mind",
            "no problem",
            "no worries",
            "of course",
            "that's fine",
            "i'll manage",
            "i'll just",
            "ill just",
            "forget (?:it|i said anything|i asked)",
            "doesn't matter",
            "up to you",
            "whatever works for you",
            "i can make it work",
            "i'll figure it out",
            "sure, sure",
            "if you say so",
            "happy to",
            "i can do it");

    // Gottman's "four horsemen": criticism phrased as a flaw of the partner.
    static final PhraseRule BLAMING = PhraseRule.of(
            BLAMING_YOU,
            "you always",
            "you never",
            "you're always",
            "you're never",
            "your fault",
            "you made me",
            "because of you",
            "thanks to you",
            "you've ruined",
            "you ruined",
            "you don't even",
            "you can't even",
            "you clearly",
            "you obviously",
            "what is wrong with you",
            "what's wrong with you",
            "you're (?:so|being|such an?) \\w+",
            "you only care",
            "you think you",
            "you couldn't",
            "you never listen",
            "you people",
            "who do you think");

    // Beck, cognitive distortions: all-or-nothing words.
    static final PhraseRule ABSOLUTES = PhraseRule.of(
            ABSOLUTE,
            "always",
            "never",
            "every (?:single )?time",
            "nobody",
            "no one",
            "everyone",
            "everybody",
            "constantly",
            "all the time",
            "completely",
            "totally",
            "nothing",
            "ever");

    // Gottman: name-calling as contempt.
    static final PhraseRule INSULTS = PhraseRule.of(
            INSULT,
            "idiot",
            "idiotic",
            "stupid",
            "pathetic",
            "useless",
            "lazy",
            "thick",
            "moron",
            "incompetent",
            "selfish",
            "ridiculous",
            "clueless",
            "dumb",
            "loser",
            "joke",
            "childish",
            "immature",
            "spoilt",
            "spoiled",
            "shut up",
            "grow up",
            "get a life",
            "get over yourself",
            "drama queen",
            "liar",
            "cheapskate",
            "muppet",
            "clown",
            "creep",
            "weirdo",
            "brat",
            "arrogant",
            "rude",
            "disgusting",
            "embarrassing",
            "manipulative",
            "pest",
            "freeloader",
            "hopeless",
            "waste of space");

    // Gottman: contempt without rude words (superiority, dismissal).
    static final PhraseRule CONTEMPTUOUS = PhraseRule.of(
            CONTEMPT,
            "typical",
            "i expected nothing",
            "what did i expect",
            "clearly you can't",
            "clearly you don't",
            "clearly you",
            "don't bother",
            "some of us",
            "how hard can it be",
            "how hard is it",
            "is it really that hard",
            "do i have to spell it out",
            "try to keep up",
            "not my problem",
            "i couldn't care less",
            "i don't care",
            "as if",
            "unbelievable",
            "seriously\\?",
            "are you serious",
            "get it together",
            "basic",
            "for once",
            "i won't hold my breath",
            "like an adult",
            "use your brain");

    // Alberti & Emmons: threats and ultimatums as aggressive coercion.
    static final PhraseRule THREATS = PhraseRule.of(
            THREAT,
            "or else",
            "or i'll",
            "or i will",
            "or i'm",
            "otherwise i'll",
            "otherwise i will",
            "you'll regret",
            "last warning",
            "final warning",
            "don't make me",
            "i'll report you",
            "i'll be reporting",
            "i'll be speaking to",
            "i'll be talking to",
            "i'll be taking this",
            "i'll be checking",
            "i'll be asking",
            "i'll be contacting",
            "i'll tell (?:your|the) \\w+",
            "i'll go to (?:your|the) \\w+",
            "i'm going to report",
            "you'll be sorry",
            "see what happens",
            "watch yourself",
            "we're done",
            "that's the last time",
            "one more time and",
            "if you (?:do that|\\w+ (?:it|that)) again",
            "consider yourself",
            "you'll pay",
            "or you can forget",
            "or don't bother",
            "i'll make sure",
            "i'll take it up with",
            "i'll escalate",
            "i'm escalating",
            "i'll be escalating");

    // Tavris / Long & Long, The Angry Smile: sarcasm as disguised hostility.
    static final PhraseRule SARCASTIC = PhraseRule.of(
            SARCASM,
            "oh great",
            "oh brilliant",
            "oh wonderful",
            "oh lovely",
            "great,",
            "brilliant\\.",
            "wow",
            "thanks a lot",
            "thanks a bunch",
            "thanks for nothing",
            "how nice of you",
            "how kind of you",
            "how thoughtful",
            "nice of you",
            "very generous",
            "so generous",
            "how generous",
            "must be nice",
            "lucky me",
            "what a (?:surprise|shock|treat|compliment)",
            "no rush",
            "take your time",
            "good for you",
            "love that for",
            "sounds fair",
            "because (?:my|i) \\w+ (?:obviously|clearly)",
            "obviously",
            "clearly my",
            "of course you",
            "silly me for",
            "my mistake for",
            "how lovely",
            "shocking",
            "color me",
            "colour me",
            "i'm sure you (?:were|are|did)",
            "i'm sure it",
            "sure you did",
            "finally",
            "🙄",
            "😒",
            "🙃",
            ":\\)\\)",
            "fantastic\\.",
            "perfect\\.",
            "amazing\\.",
            "great\\.",
            "lovely\\.",
            "cheers for that",
            "well done",
            "congratulations",
            "nice one",
            "shall i",
            "should i",
            "can't wait");

    // Long & Long, The Angry Smile: guilt as an indirect demand.
    static final PhraseRule GUILT = PhraseRule.of(
            GUILT_TRIP,
            "after everything i've done",
            "after all i've done",
            "after all i do",
            "i guess i don't matter",
            "i don't matter",
            "don't worry about me",
            "never mind me",
            "i'll just sit here",
            "i'll manage on my own",
            "i'll manage by myself",
            "it's not like i",
            "if you (?:really |actually )?cared",
            "you'd know if",
            "i suppose my \\w+",
            "i guess my \\w+",
            "clearly my \\w+ (?:don't|doesn't)",
            "nobody cares",
            "no one cares",
            "i do everything",
            "i always have to",
            "i'm the only one",
            "must be nice",
            "not that anyone",
            "some of us have",
            "i'll remember that",
            "noted\\.",
            "good to know");

    // Long & Long, The Angry Smile: complying while signalling resentment.
    static final PhraseRule RESENTFUL = PhraseRule.of(
            RESENTFUL_COMPLIANCE,
            "fine[.,!] i'll",
            "fine\\.",
            "whatever[.,!]",
            "whatever\\.",
            "like always",
            "as always",
            "as usual",
            "again\\.",
            "again!",
            "yet again",
            "sure,? whatever",
            "same as always",
            "add it to the (?:pile|list)",
            "as per usual",
            "as ever",
            "once again",
            "like i always do",
            "no problem at all\\.",
            "happy now");

    // Alberti & Emmons; DBT DEAR MAN "Express": owning a feeling, need or limit.
    static final PhraseRule I_STATEMENTS = PhraseRule.of(
            I_STATEMENT,
            "i'm not \\w+ing",
            "i'm sick of",
            "i'm done",
            "i'm tired of",
            "i was (?:a bit |a little |sort of |kind of |really |so |quite )?(?:hurt|worried|upset|annoyed|disappointed|"
                    + "embarrassed|sad|stressed|frustrated|gutted|angry)",
            "i did miss",
            "i like",
            "i enjoy",
            "i'd have liked",
            "i'd love",
            "i feel",
            "i felt",
            "i'm feeling",
            "i'm (?:really |very |so |a bit |quite |getting )?(?:upset|worried|"
                    + "frustrated|angry|annoyed|hurt|uncomfortable|stressed|anxious|disappointed|sad|tired|overwhelmed|"
                    + "concerned|unhappy|not happy|not ok|not okay|not comfortable|not willing|knackered|exhausted|"
                    + "fed up|embarrassed|confused|nervous|scared|cross|gutted|shattered|struggling|happy|glad|"
                    + "not up for|sidelined|used|let down|drained|hurt|humiliated|uneasy|disrespected|ignored)",
            "i find (?:it|that|this)",
            "i don't think",
            "i reckon",
            "i miss",
            "i love",
            "i hate",
            "i'm not keen",
            "i need",
            "i want",
            "i'd like",
            "i would like",
            "i'd rather",
            "i would rather",
            "i prefer",
            "i'm not willing",
            "i won't",
            "i will not",
            "i'm not going to",
            "i am not going to",
            "i don't want",
            "i do not want",
            "i'm not ok with",
            "i'm not okay with",
            "i'm not comfortable",
            "i'm not happy",
            "i think",
            "i believe",
            "i'm not able to",
            "i can't (?:do|take|make|lend|cover|come|work|stay)",
            "i cannot",
            "i value",
            "i care about",
            "it matters to me",
            "i'd appreciate",
            "i would appreciate",
            "i'm worried",
            "my limit",
            "i'm asking");

    // DBT DEAR MAN "Describe" (Linehan): the facts, concretely, without judgement.
    static final PhraseRule FACTS = PhraseRule.of(
            FACT,
            "you (?:spent|ate|had|haven't|didn't|took|moved|said|told|changed|booked|cancelled|missed|forgot|sent|"
                    + "asked|used|borrowed|left|ordered|promised|agreed)",
            "you're not speaking",
            "i haven't",
            "i only had",
            "i ordered",
            "my order",
            "the last (?:two|three|four|five|few) \\w+",
            "(?:on|by|since|until|from) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
            "doesn't arrive",
            "don't arrive",
            "\\d+(?:[.:]\\d+)? ?(?:am|pm|o'clock|%)",
            "you've (?:been|said|sent|told|given|started|reached|copied|interrupted|asked|cancelled|booked|called|"
                    + "messaged|posted|shared|taken|borrowed|used|missed|left|changed|moved|made|put|had|come)",
            "you (?:said|told|sent|asked|called|messaged|posted|shared|took|borrowed|used|missed|left|changed|moved|"
                    + "booked|cancelled|pushed|shoved|interrupted|came|went|made|gave|started) [^.!?]{0,40}"
                    + "(?:yesterday|today|tonight|last \\w+|this \\w+|on \\w+day|\\d+|twice|again|times?)",
            "this is (?:the|my|your) " + ORDINAL,
            "this would be (?:the|my|your) " + ORDINAL,
            "that's (?:the|my|your) " + ORDINAL,
            "that is (?:the|my|your) " + ORDINAL,
            "that was (?:the|my|your) " + ORDINAL,
            "it's (?:the|my|your) " + ORDINAL,
            "it is (?:the|my|your) " + ORDINAL,
            "twice (?:this|last|in|today|a)",
            "three times",
            "four times",
            "five times",
            "in a row",
            "since (?:january|february|march|april|may|june|july|august|september|october|november|"
                    + "december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last \\w+)",
            "\\d+ (?:times|minutes|hours|days|weeks|months|pounds|quid|dollars|bucks|euros|messages|calls|projects)",
            "(?:one|two|three|four|five|ten|twenty|thirty|forty|fifty) (?:minutes|hours|days|weeks|months|"
                    + "pounds|quid|dollars|bucks|messages|calls|times|projects)",
            "the (?:last|past) (?:two|three|four|few|\\d+) (?:times|weeks|days|months)",
            "i noticed",
            "i've (?:asked|covered|done|paid|worked|stayed|messaged) [^.!?]{0,30}(?:times|twice|weeks|"
                    + "days|months|sundays|saturdays|weekends|in a row)");

    // DBT DEAR MAN "Assert" (Linehan); Smith, When I Say No, I Feel Guilty: saying no plainly.
    static final PhraseRule REFUSALS = PhraseRule.of(
            CLEAR_REFUSAL,
            "no thanks",
            "no thank you",
            "not this time",
            "not tonight",
            "not today",
            "i can't",
            "i cannot",
            "i won't",
            "i will not",
            "i'm not going to",
            "i'm going to say no",
            "i'll pass",
            "i'm not able to",
            "i'm not lending",
            "i'm not doing",
            "i'm not willing",
            "count me out",
            "that's a no",
            "i'd rather not",
            "not this weekend",
            "i'm saying no",
            "i don't want to");

    // Smith, When I Say No, I Feel Guilty: a plain "no" needs no reason; only a "no" that opens a sentence counts.
    static final OpeningNoRule BARE_NO = new OpeningNoRule();

    // DBT DEAR MAN "Assert": asking clearly for what one wants.
    static final PhraseRule REQUESTS = PhraseRule.of(
            CLEAR_REQUEST,
            "please",
            "pls",
            "i need you to",
            "i'd like you to",
            "i would like you to",
            "i want you to",
            "i'm asking you to",
            "i'm asking for",
            "could you",
            "can you",
            "would you",
            "will you",
            "i'd like (?:it|us|the|my|a|to)",
            "i need (?:it|the|my|a|to|us)",
            "i want (?:it|the|my|us)",
            "i'd appreciate it if",
            "let's");

    // DBT GIVE skill (Validate), Linehan.
    static final PhraseRule VALIDATING = PhraseRule.of(
            VALIDATION,
            "i understand",
            "i know you're",
            "i know you",
            "i know it's",
            "i know this",
            "i get that",
            "i get it",
            "i appreciate",
            "i can see",
            "i can tell",
            "thanks for asking",
            "thank you for asking",
            "that makes sense",
            "i hear you",
            "i realise",
            "i realize",
            "i know how much",
            "fair enough",
            "i see why",
            "i see that",
            "thanks for",
            "thank you for",
            "i'm glad",
            "i'd love to");

    // DBT DEAR MAN "Negotiate"; Smith's workable compromise.
    static final PhraseRule COMPROMISES = PhraseRule.of(
            COMPROMISE,
            "i'd be happy to",
            "if that helps",
            "deal\\?",
            "then we can",
            "i can get",
            "i can give",
            "i can send",
            "i can take",
            "i could",
            "is the earliest",
            "at the earliest",
            "time in lieu",
            "or (?:a|an) \\w+",
            "if you can't",
            "meet in the middle",
            "compromise",
            "middle ground",
            "we can talk",
            "happy to talk",
            "instead",
            "how about",
            "what about",
            "what if we",
            "what if i",
            "i can do",
            "i could do",
            "i can help",
            "i could help",
            "would (?:\\w+ )?(?:work|suit) (?:for )?you",
            "does (?:\\w+ )?work for you",
            "another time",
            "next time",
            "some other time",
            "split",
            "alternatively",
            "why don't we",
            "could we",
            "can we",
            "shall we",
            "let's",
            "meet (?:you )?halfway",
            "in exchange",
            "as long as",
            "on condition",
            "if you can",
            "happy to (?:\\w+ )?if",
            "i'm free",
            "later this week",
            "rain check",
            "swap",
            "take turns",
            "a rota",
            "one of the",
            "either");

    // DBT DEAR MAN "Reinforce": naming the payoff for the other person.
    static final PhraseRule BENEFITS = PhraseRule.of(
            BENEFIT,
            "it would really help",
            "it'd really help",
            "that would help",
            "that'd help",
            "which would help",
            "it'll be quicker",
            "it'd be quicker",
            "it would be quicker",
            "i'd be more likely",
            "i'll be more likely",
            "you'd get",
            "you'll be able to",
            "we'd both",
            "we'll get",
            "in return",
            "it saves",
            "it'll make (?:it|things|life|everything) easier",
            "it would make (?:it|things|life|everything) easier",
            "it'd make (?:it|things|life|everything) easier",
            "i'll be happier",
            "i'd be happier",
            "it'll be better for",
            "it would be better for",
            "so nobody",
            "so no one",
            "so everyone",
            "that way",
            "so that you",
            "so you can",
            "so you'll",
            "so we can",
            "so we'll",
            "it'll help",
            "it will help",
            "it would help",
            "it'd help",
            "which means",
            "you'll get",
            "better for (?:both|all)",
            "we'll both",
            "we both",
            "it would mean",
            "it'll mean",
            "it'd mean",
            "you won't have to",
            "you'll have",
            "it'll be easier",
            "it will be easier",
            "it'd be easier",
            "it'll save",
            "it would save",
            "then we can",
            "then you can",
            "then i can",
            "so i can",
            "i'll be able to",
            "i'll do a better job",
            "i'd do a better job",
            "means i can",
            "so it's fair",
            "fairer");

    private static final List<MarkerRule> ALL = List.of(
            HEDGES,
            new RepeatedApologyRule(),
            SELF_DEPRECATION,
            MINIMISERS,
            PERMISSION,
            TAG_QUESTIONS,
            new OverJustificationRule(),
            GIVING_UP,
            BLAMING,
            ABSOLUTES,
            INSULTS,
            CONTEMPTUOUS,
            THREATS,
            new BareCommandRule(),
            SARCASTIC,
            GUILT,
            RESENTFUL,
            I_STATEMENTS,
            REFUSALS,
            BARE_NO,
            REQUESTS,
            VALIDATING,
            FACTS,
            COMPROMISES,
            BENEFITS);

    /** The word-keyed phrase rules, merged so a scan reads each word once. */
    private static final PhraseIndex PHRASES = new PhraseIndex(ALL.stream()
            .filter(r -> r instanceof PhraseRule p && p.index() != null)
            .map(r -> (PhraseRule) r)
            .toList());

    /** The rules that need more than a phrase look-up. */
    private static final List<MarkerRule> OTHERS = ALL.stream()
            .filter(r -> !(r instanceof PhraseRule p && p.index() != null))
            .toList();

    private Markers() {}

    public static List<MarkerRule> all() {
        return ALL;
    }

    /** Every span found by every rule, ordered by position; never null, possibly empty. */
    public static List<Span> scan(String text) {
        return scan(Words.of(text));
    }

    /** As {@link #scan(String)}, for a text already split into words. */
    public static List<Span> scan(Words words) {
        List<Span> spans = new ArrayList<>();
        PHRASES.find(words, spans);
        for (MarkerRule rule : OTHERS) {
            rule.find(words, spans);
        }
        spans.sort(Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()));
        return withoutNested(spans);
    }

    /**
     * A phrase inside a longer marked phrase ("just" inside "I'll just") is dropped, so each word is explained once,
     * by its most specific rule.
     */
    static List<Span> withoutNested(List<Span> sorted) {
        List<Span> kept = new ArrayList<>(sorted.size());
        int coveredTo = -1;
        int coveredFrom = -1;
        for (Span span : sorted) {
            boolean nested = span.start() >= coveredFrom && span.end() <= coveredTo;
            if (!nested) {
                kept.add(span);
            }
            if (span.end() > coveredTo) {
                coveredFrom = span.start();
                coveredTo = span.end();
            }
        }
        return kept;
    }
}
