package org.mspportal.core.safeguarding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether words someone wrote read like a disclosure of harm or risk happening now: to the writer, or,
 * when a relative, carer or advocate writes, to the person they write about. One rule set for the whole
 * portal: adults at risk giving feedback after an enquiry, and reference group members talking about
 * policy.
 *
 * <p>Both talk about abuse all the time, mostly about the past or in general ("he used to hit me but he
 * has moved away", "people who are abused should be believed"), so a harm word alone is not enough. A
 * sentence is a concern when it speaks of a danger to life, of feeling unsafe or afraid now, of harm,
 * control, money being taken or neglect together with a sign that it is still going on (a verb in the
 * present, "still", "again", "every night", "since Friday", "yesterday"), or of grave harm at any time;
 * unless the same sentence says it has stopped ("used to", "any more", "has stopped", "moved away").
 * Many people write without any trigger word ("he's moved back in", "I haven't eaten since Tuesday",
 * "they lock the door when they go out"), so situations are listed as well as words. A little Welsh,
 * Polish and Urdu is understood; everything else in those languages is for the reader.
 *
 * <p>Rules alone find what their authors thought of. Alongside them, {@link DisclosureModel} is trained on
 * comments written for the project by people who never saw the rules, and catches disclosures no rule
 * names; a comment is a concern when either half says so.
 *
 * <p>It errs towards raising a concern: someone reads every one and can say it needed nothing, but a
 * disclosure missed is a person left in danger. The result names the rule, never the words, so that an
 * alert can say why without repeating what was written.
 */
public final class DisclosureCheck {

    /** Why words were taken as a disclosure. Names are stored with alerts (at most 40 characters). */
    public enum Rule {
        CONFIGURED_PHRASE("a phrase the council listed"),
        RISK_TO_LIFE("a risk to their life"),
        FEELS_UNSAFE("feeling unsafe or afraid now"),
        HARM_NOW("harm still happening"),
        GRAVE_HARM("serious harm"),
        CONTROL_NOW("being controlled or kept in"),
        MONEY_TAKEN("money or belongings taken"),
        NEGLECT_NOW("neglect still happening"),
        LIKE_KNOWN_DISCLOSURES("words like known disclosures");

        private final String description;

        Rule(String description) {
            this.description = description;
        }

        /** Plain words for a reader of the alert. */
        public String description() {
            return description;
        }
    }

    /** Phrases that are a disclosure on their own, in any sentence. */
    public static final List<String> DEFAULT_PHRASES = List.of(
            "please help me", "help me please", "someone help me", "can someone help", "please help", "it is happening to me", "it's happening to me", "happening to me now",
            "keeps happening to me", "nobody believes me", "it's happening again", "it is happening again",
            "still happening", "it hasn't stopped", "it has not stopped", "still doing it", "i want it to stop",
            "make it stop", "it has started again", "it's started again", "it started again", "please ring me", "please call me", "please phone me", "please can someone");

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;:\\n])\\s+|\\n+|\\s+-\\s+");

    private static final Pattern RISK_TO_LIFE = words(
            "kill(ing)? myself", "end(ing)? (it all|my life|things|it)", "take my own life", "suicid\\w*",
            "better off without me", "(don't|do not) want to (wake up|be here|live|go on)", "not (wake|bother anyone) again",
            "want to (go to sleep|sleep) and not", "cutting (myself|again|my)", "(hurt|harm|hurting|harming) myself",
            "(tablets|pills) saved", "saved up (my )?(tablets|pills)", "had enough of (everything|life|it all)",
            "(want|wish) (i was|i were|to be) dead", "no point (in )?(living|going on)", "dark thoughts",
            "(had|have|made|got) a plan (last night|to|for)", "can't take (it |this )?any ?more", "can't go on",
            "eisiau marw", "lladd fy hun", "nie chc[eę] (ju[zż] )?[zż]y[cć]", "zabi[cć] si[eę]", "marna chaht[ai]");
    /** "No thoughts of harming myself", "I don't want to hurt myself": said to reassure, not a risk. */
    private static final Pattern NO_RISK = words("(no|not|never|don't|do not|wouldn't|would never|won't|will never) "
            + "(\\w+ ){0,3}(hurt(ing)?|harm(ing)?|kill(ing)?) myself", "no (thoughts|plans) of");
    /** "My daughter will kill me for saying this": a figure of speech. */
    private static final Pattern IDIOM = words("kill (me|him|her) for (saying|telling|this|that|doing)", "(nearly|almost) killed me",
            "(was|is) killing me", "only joking");
    /** "I want to die at home when my time comes": a wish about the end of life, not a risk to it. */
    private static final Pattern WANT_TO_DIE = words("(want|wanna) to die");
    private static final Pattern DYING_WISH = words("die (at home|in hospital|peacefully|in my own)", "when my time comes");

    private static final Pattern UNSAFE = words(
            "not safe", "not (any )?safer", "(don't|do not|never) feel (safe|safer)", "(don't|do not) feel (any )?safer", "unsafe (now|at home|here)",
            "(?<!(n't|not|never) )(feel|am|i'm) (so |really |very )?(unsafe|in danger)", "ddim yn (teimlo'n )?ddiogel", "ofn arna",
            "nie czuj[eę] si[eę] bezpieczn\\w*", "boj[eę] si[eę]", "dar lagta", "ڈر لگتا", "محفوظ محسوس نہیں");
    private static final Pattern AFRAID = words(
            "(i'm|i am|i feel|i get|im|am) (so |really |very |too |always )?(scared|frightened|afraid|terrified|petrified)",
            "(scared|frightened|afraid|terrified) (of|to) (him|her|them|my|going|go|leave|tell|be)",
            "(she's|he's|mum's|dad's|she is|he is|mum is|dad is) (so |really |very )?(scared|frightened|terrified)");
    /** Fear of everyday things, or of the enquiry itself, is not a danger. */
    private static final Pattern EVERYDAY_FEAR = words(
            "(scared|frightened|afraid|terrified) of (the )?(spiders?|dogs?|hospitals?|needles|heights|the dark|"
                    + "meetings?|the meeting|flying|doctors?|dentists?|change|forms?|the police coming)");
    private static final Pattern NOT_AFRAID = words("not (scared|frightened|afraid)", "no longer (scared|frightened|afraid)",
            "(was|were|used to be) (so |really |very )?(scared|frightened|afraid)");

    private static final Pattern GRAVE = words(
            "rap(e|ed|es|ing)", "sexual(ly)?", "touch(es|ed|ing)? (me|her|him)", "grop(e|es|ed|ing)", "fondl\\w+",
            "strangl\\w+", "chok(e|ed|es|ing) (me|her|him)", "(coming|comes|came|gets|got) into (my|her|his) (room|bed)",
            "finish the job", "kill (me|her|him|us)", "(he|she|they)('ll| will| would) kill", "knife", "weapon",
            "(photos|pictures|videos) of (me|her|him)", "(watch|watches|watching) (me|her|him) (wash|shower|undress|in the bath)",
            "(makes|made|make) (me|her|him) (undress|do things|touch)");

    /** Physical, psychological, sexual, discriminatory and domestic harm: words for what is done to someone. */
    private static final Pattern HARM = words(
            "hit(s|ting)?", "beat(s|ing|en)?", "punch(es|ed|ing)?", "kick(s|ed|ing)?", "slap(s|ped|ping)?", "smack(s|ed|ing)?",
            "thump(s|ed|ing)?", "push(es|ed|ing)?", "shov(e|es|ed|ing)", "grab(s|bed|bing)?", "pinch(es|ed|ing)? (me|her|him)",
            "bit(e|es|ing|ten)", "burn(s|t|ed|ing)?", "scald\\w*", "drag(s|ged|ging)?", "throw(s|ing)? (me|her|him|things)",
            "threw", "shak(e|es|ing) (me|her|him)", "bruis\\w*", "black eye", "(cut|cuts|injur\\w+|wound\\w*|marks) on (my|her|his)",
            "restrain\\w*", "tied (me|her|him)", "strapp?ed", "rough(ly)? with", "roughly", "hurt(s|ing)?", "in pain",
            "abus(e|es|ed|ing|ive)", "assault(s|ed|ing)?", "violen\\w+", "attack(s|ed|ing)?",
            "shout(s|ed|ing)?", "scream(s|ed|ing)? at", "swear(s|ing)? at", "yell(s|ed|ing)?( at)?", "bellow\\w*",
            "call(s|ed|ing)? (me|her|him) (names|stupid|useless|fat|a \\w+)", "insult\\w*", "mock(s|ed|ing)?",
            "laugh(s|ed|ing)? at", "humiliat\\w+", "belittl\\w+", "put(s|ting)? (me|her|him) down", "ignor(e|es|ed|ing) (me|her|him)",
            "threat(en|ens|ened|ening|s)?", "intimidat\\w+", "what (he|she|they)('ll| will| would) do", "or else",
            "tell (people|everyone) things", "put me in a home", "bull(y|ies|ied|ying)", "harass\\w*", "blackmail\\w*",
            "torment\\w*", "nasty", "cruel", "spiteful", "jealous", "angry (with|at) me", "los(es|t|ing) (his|her) temper", "(kicks|kicked) off",
            "stares? at", "staring at", "follow(s|ed|ing) (me|her|him)", "(comes|came|coming|turns up|turned up) (to|at) the (window|door|house)",
            "(texts|messages|rings|calls|phones|texting|messaging|ringing|calling) (me|her|him) (at night|all the time|every|constantly|saying|non-stop|all night|\\d+ times)",
            "found out (i|that i) (spoke|told|talked|rang|called|went)", "(things are|it's|it is) (worse|bad|awful|hell) at home",
            "pretend(ing)? to be asleep", "(hide|hiding|hid) (from (him|her|them)|in my room)", "(he|she|they) (comes|gets) (in|home|back) (drunk|angry)", "broke (the|my|her)",
            "smash(es|ed|ing)?", "break(s|ing)? (things|my)", "drunk", "drinking (again|every|all)", "on drugs", "off (his|her) head",
            "(moved|moving) back in", "is back", "(he's|she's|they're|he is|she is|they are) back", "back again",
            "(started|starting) staying", "(coming|comes|came) round", "same as the last one", "(comes|come|coming) in whenever",
            "let(s)? (himself|herself|themselves) in", "cold showers?", "sleep(s|ing)? (on the floor|in the car|outside|rough)",
            "racis\\w+", "(because|cos|'cause) (i'm|i am|she's|he's) (black|gay|disabled|muslim|jewish|polish|foreign|old|deaf|blind)",
            "homophob\\w+", "hate crime", "spat", "spit(s|ting)? (at|on)",
            "taro|nharo|brifo|bygwth|gweiddi", "bije|krzyczy|grozi|uderza|bi[lł]", "marta|maarta|dhamki|mardi|maardi",
            "lovește|bate|amenință|țipă", "garaaca|hanjabaa", "মারে|হুমকি", "مارتا|دھمکی|مارتی");

    /** Control and coercion: being kept in, watched, cut off, made to do things, made to work. */
    private static final Pattern CONTROL = words(
            "lock(s|ed|ing)? (me|her|him|the door|us|my|her)", "locked (in|out)", "(won't|will not|don't|do not|doesn't|does not|wont) let (me|her|him)",
            "not (allowed|let) (to|out|go|see|have|use|leave)", "(isn't|is not|aren't|am not|i'm not) (allowed|let)",
            "stop(s|ped|ping)? (me|her|him) (from |seeing|going|using|leaving|talking|ringing|visiting)",
            "keep(s|ing)? (me|her|him) (in|from|away)", "kept (in|away)", "(took|take|takes|taken|has|keeps|kept|checks|check|hides|hid) (my|her|his) "
                    + "(phone|mobile|keys|car keys|passport|documents|papers|id|medication|tablets|letters|post|glasses|hearing aid|walking frame|wheelchair)",
            "(only|not) (gives|give) (it|them) to me", "(if|unless) i (sign|do what|give)", "do what (he|she|they) says?",
            "(can't|cannot|can not) (go|get) (anywhere|out)", "(can't|cannot) (ring|phone|call|see|talk to) (anyone|anybody|my|friends)",
            "(hasn't|has not|haven't|have not) been out (of|for)", "can't get (them|him|her) out", "using my (place|flat|house|home)",
            "sell(s|ing)? (stuff|drugs)", "(cuckoo|taken over)", "(watches|watching|listens to|reads|checks) (me|my|her|his) (messages|phone|texts|post)",
            "tells? me (who|what|where|when) (i can|to)", "decides? (everything|what i)", "(makes|made|make) (me|her|him) (work|clean|cook|stay|sleep|sign|give|pay|do|eat|wear|say)",
            "work (for nothing|for no pay|without pay|all day)", "(no|not getting|never get) (paid|wages|any pay)", "owe (them|him|her) (for|money)",
            "(have|has) to (give|ask|pay|do what|work)", "(controls|controlling) (everything|my|me|her)", "not (let|allowed) out",
            "(i|she|he) (daren't|dare not|don't dare)", "(walking on|walk on) eggshells", "(keeps|keep) (me|her|him) (short|hungry)");

    /** Financial and material abuse: money, belongings, property taken or demanded. */
    private static final Pattern MONEY = words(
            "(take|takes|taking|took|taken|has|have|keeps|kept|still has|spends|spent|uses|used|helps (himself|herself) to) (all )?(of )?(my|her|his|mum's|dad's|our) "
                    + "(money|bank card|card|cards|pension|benefits|pin|savings|wages|purse|wallet|cash|change|shopping money|rent|bills|account|jewellery|things|food)",
            "takes things from", "(steal|steals|stealing|stole|stolen|pinch|pinches|nick|nicks|nicked) (from|my|her|his|money|things)",
            "(give|giving|pay|paying|lend|lending|hand over) (him|her|them) (my|more|money|£|cash|\\d+)", "asks? (me|her|him) for (money|loans?|cash|a loan)",
            "asking (me |her |him )?for money", "owes (me|her|him)", "i get nothing", "(£|\\d+ pounds?) left", "spends it (all|on)",
            "money (is |keeps |has )?(going|missing|disappearing|gone)", "keeps the change", "no money (left|for)",
            "borrow(s|ed|ing)? (money|my|£)", "sign (over|the house|papers|things|my)", "(changed|change) (my|her|his) will",
            "scam\\w*", "(loan|debt)s? (to|from|for) (him|her|them)", "arian yn diflannu",
            "zabiera (mi )?pieni\\w*", "(paisa|paise|pese|pensaan) (le|leta|leti|khond)\\w*", "(ia|iau|lua) (banii|banii mei)", "lacagta (i|ayuu)", "টাকা (নেয়|নিয়ে)", "پیسے (لے|چھین)");

    /** Neglect, acts of omission and unsafe living: care not given, basic needs not met. */
    private static final Pattern NEGLECT = words(
            "(haven't|have not|hasn't|has not|not|never|didn't|don't) (eaten|had (anything|food|a meal|a drink)|eat)", "hungry", "starv\\w+",
            "thirsty", "no (food|drink|water|electric\\w*|gas|heating|hot water|money for food)", "not (being )?(fed|feeding|washed|changed|helped|turned|given|taken)",
            "(isn't|is not|aren't|are not|not) being (given|fed|washed|changed|helped|turned|taken)", "lost (a lot of )?weight",
            "(to|not been|never|nobody|no one) (change|changes|changed) (me|her|him)", "nobody (has been|comes|came|visits|helps)",
            "no one (comes|has been|helps|visits)", "(carers?|staff|nurses?|anyone|anybody|nobody) (haven't|have not|hasn't|has not|didn't|don't|doesn't|never|aren't|isn't) (come|came|turn(ed)? up|turning up|visit(ed)?|help(ed)?)",
            "soaked", "soiled", "wet (pad|bed|through|clothes|all)", "(dirty|same) (clothes|sheets|pad)", "smell(s|y)? of (urine|wee|poo)",
            "(pressure )?sores?", "left (there|in bed|alone|on (her|his|my) own|sitting|lying|on the floor|in the chair) (till|for|until|all)",
            "left alone", "on (my|her|his) own all", "heating (has been |is )?(off|broken)", "no heating", "cold (all|in the|house|flat)",
            "freezing", "nowhere to (go|sleep|live|stay)", "homeless", "(two|three|four|more|several|another|lots of) falls", "(had|has) a fall", "fell (over|again)",
            "new bruises", "put (her|him|me) to bed at", "too much trouble", "(don't|do not|doesn't|does not|never|not) (get|gets|getting|given) (my|her|his) "
                    + "(tablets|medication|meds|insulin|inhaler|food|dinner|drink)", "(tablets|medication|meds) (late|wrong|missed)",
            "(rats|mice|mould|damp|rubbish|hoard\\w*)", "can't cope", "(can't|cannot) (manage|look after (myself|herself|himself))",
            "short[- ]staffed", "(bell|buzzer) (ignored|not answered)", "nobody answers", "(can't|cannot|not) (get|taken|helped) to the toilet");

    /** Signs that what is described goes on now. */
    private static final Pattern CURRENT = words(
            "still", "again", "every (day|night|nite|week|morning|evening|time|friday|monday|tuesday|wednesday|thursday|saturday|sunday|weekend|month)",
            "each (day|night|week|time)", "keeps?", "all the time", "always", "constantly", "at night", "now", "today", "tonight", "yesterday",
            "this (week|morning|weekend|month|year)", "last (night|week|weekend)", "since (friday|monday|tuesday|wednesday|thursday|saturday|sunday|the meeting|then|last|yesterday|christmas|you|the enquiry|\\w+day)",
            "next (time|month|week)", "(has|have|'ve|'s) started", "(has|have|'ve) been \\w+ing", "(is|are|am|'re|'s) (still )?being",
            "nothing (has )?changed", "(hasn't|has not|haven't|have not) (stopped|changed)", "worse", "any ?more", "for (two|three|four|\\d+) (days|weeks|nights)",
            "these days", "at the moment", "currently", "recently", "lately", "(won't|will not|can't) stop", "going on",
            "dal i", "o hyd", "bob (wythnos|dydd|nos)", "nadal", "ci[aą]gle", "wci[aą][zż]", "zawsze", "ab bhi", "abhi bhi", "roz", "hamesha",
            "اب بھی", "ہر روز", "încă", "mereu", "weli", "maalin kasta", "এখনও", "প্রতিদিন");
    /**
     * A verb in the present is itself a sign that it goes on ("she pinches me", "they lock the door", "he's
     * moved back in"); a sentence all in the past ("he hit me in March") needs another sign.
     */
    private static final String SUBJECT = "(i|we|they|you|he|she|it|mum|dad|mother|father|son|daughter|husband|wife|partner|"
            + "boyfriend|girlfriend|brother|sister|nephew|niece|neighbour|carers?|staff|manager|landlord|family|man|woman|lads)";
    private static final Pattern PRESENT_TENSE = words(
            "is", "are", "am", "i'm", "we're", "they're", "you're", "he's", "she's", "it's", "there's", "that's", "has", "have",
            "i've", "we've", "they've", "does", "doesn't", "don't", "won't", "can't", "cannot", "keeps?", "isn't", "aren't",
            "(i|we|they|you) (?!(was|were|had|did|went|came|took|got|said|told|gave|made|felt|left|knew|thought|saw|used|"
                    + "hit|put|let|cut|set|kept|sent|spent|lost|found|heard|brought|bought|fell|ran|sat|stood|wrote|broke|\\w+ed)\\b)\\w+",
            SUBJECT + " (\\w+ )?\\w+(s|es)", SUBJECT + " gets?", "(i|she|he) (gets?|got) (hit|slapped|shouted|pushed|locked|left|called|told off|hurt)");

    /** The same sentence says it has stopped, or speaks of people in general rather than of someone. */
    private static final Pattern STOPPED = words(
            "used to", "use to", "no longer", "(has|have|had|'s|'ve) stopped(?! (me|her|him|us|my|her|his))", "stopped (since|now|after|when)", "(was|been|got) (dismissed|sacked|suspended|arrested|moved)",
            "moved (away|to|out|into)", "(has|have|had|got) (been )?banned", "sorted", "(hasn't|has not|haven't|have not) been (back|near|round|in touch)",
            "not (worried|scared|frightened|afraid) (of|about)", "(?<!(n't|not|never) )(i feel|i am|i'm|i now feel|she feels|he feels|feel|we feel) (much |a lot |so much )?(safe|safer)( now)?\\b(?! ?\\?)",
            "safe now", "safer now", "paid (the money |it |me |her |him )?back", "got (my|her|his) (money|card|things) back", "(doesn't|does not|don't) (have|work|live)",
            "nobody (hurts|threatens|takes|has hurt|bothers|comes)", "no[- ]?one (is|has|hurts|takes|bothers)", "nothing (has been|is|was) taken",
            "(can't|cannot) get in (now|any)", "not been near", "was neglected", "healed", "(he's|she's|they're|he is|she is|they are|he has|she has) (gone|left)(?! (there|in|on|alone|till|for|until|lying|sitting|without|with))",
            "lives in \\w+ now", "in (prison|jail)( now)?", "the new (carers?|team|staff|home|agency) (are|is)", "as a child", "when i was (young|little|a child|a kid)",
            "years ago", "in the past", "(it|that|this) (was|is) (all )?(over|dealt with|sorted|resolved)", "resolved", "(has|have|had) (been )?(dealt with|sorted|resolved|fixed)",
            "(was|were) (moved|removed|taken away)", "(new|changed) (locks?|key safe|code|pin|number)", "(injunction|court order|non-molestation)",
            "(a )?long time ago", "back then", "before (i|we|she|he) moved", "(that|it) was before", "before but now", "in (19|20)\\d\\d",
            "when i was \\d+", "(been|feeling|i'm|i am|she's|he's) (well|better) (for|now|since)", "mistake", "misunderstanding",
            "(fixed|mended|repaired) (it|now)", "apologised", "get on (fine|well)", "(is|are|'s|'re|all) fine now",
            "(it's|it is|the house is|everything is) (safe|fine)", "never been \\w+", "nobody did (it|this|that)",
            "(haven't|have not|hasn't|has not) had any (trouble|problems|bother)", "back with me",
            "(don't|didn't|won't|haven't) \\w+( \\w+)?( \\w+)? any ?more(?! in case)", "(hasn't|has not|haven't) been bothered");
    /** "any more" also ends harm, but only beside a word that says no ("nobody hurts me any more"), not "I don't go out any more". */
    private static final Pattern ENDED_ANY_MORE = words("(nobody|no one|no-one|not|doesn't|does not|isn't|never|hasn't|won't) \\w+( \\w+)?( \\w+)? any ?more");
    /** About the enquiry itself, not about harm: complaints about the process are feedback, not danger. */
    private static final Pattern GENERAL = words("people", "someone", "anyone", "others", "service users", "adults", "everyone",
            "residents", "those who", "it happens", "should have", "would have", "if i");
    /** Said of abuse in general, whoever says it. */
    private static final Pattern ALWAYS_GENERAL = words("of any kind", "hope this helps", "in general", "generally", "should be",
            "people who", "anyone who", "no one should", "nobody should");
    private static final Pattern FIRST_PERSON = words("i", "i'm", "i've", "me", "my", "myself", "mine");

    /** Words for a person: the writer, someone they write about, or someone who does harm. */
    private static final Pattern SOMEONE = words("i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "we", "us", "our",
            "he", "she", "him", "her", "his", "hers", "he's", "she's", "they", "them", "their", "they're", "mum", "mam", "mom", "dad",
            "son", "daughter", "wife", "husband", "partner", "brother", "sister", "nan", "gran", "grandad", "uncle", "aunt",
            "nephew", "niece", "carers?", "staff", "boyfriend", "girlfriend", "neighbours?", "someone", "somebody", "nobody",
            "no one", "fy", "mae", "dw", "mnie", "mi", "mujhe", "main", "meri", "mera", "mere", "mainu", "menu", "amar", "ami",
            "ammi", "abbu", "mama", "tata");

    /** A whole answer of one word asking for help or saying fear. */
    private static final Pattern ONE_WORD_CRY = Pattern.compile("\\W*(help|scared|frightened|afraid|terrified|unsafe|danger|sos|hurt|hurting)\\W*");

    /** A sentence that says the rest goes on ("This is still going on"): harm anywhere in the words is then now. */
    private static final Pattern ONGOING = words("still going on", "still happening", "nothing (has )?changed", "(hasn't|has not) (stopped|changed)",
            "getting worse", "it's happening", "happening again", "still the same", "same as before", "carrying on", "goes on");

    private final List<Pattern> phrases;

    public DisclosureCheck(List<String> extraPhrases) {
        List<Pattern> all = new ArrayList<>();
        DEFAULT_PHRASES.forEach(p -> all.add(phrase(p)));
        extraPhrases.stream().map(DisclosureCheck::normalise).filter(p -> !p.isBlank()).forEach(p -> all.add(phrase(p)));
        this.phrases = List.copyOf(all);
    }

    public static DisclosureCheck withDefaults() {
        return new DisclosureCheck(List.of());
    }

    /** The rule that found a concern in the words, if they read like a disclosure; empty if not. */
    public Optional<Rule> assess(String text) {
        String normal = normalise(text);
        if (normal.isBlank()) {
            return Optional.empty();
        }
        for (Pattern phrase : phrases) {
            if (phrase.matcher(normal).find()) {
                return Optional.of(Rule.CONFIGURED_PHRASE);
            }
        }
        Optional<Rule> byRules = byRules(normal);
        if (byRules.isPresent()) {
            return byRules;
        }
        // One word says too little for the model ("good", "fine"); the rules know the one-word cries for help.
        // A single sentence the rules know as a figure of speech or a reassurance is not put to the model.
        boolean knownHarmless = SENTENCES.split(normal).length == 1 && (IDIOM.matcher(normal).find()
                || NO_RISK.matcher(normal).find() || DYING_WISH.matcher(normal).find());
        // A disclosure is about someone: words that name no one ("Offer a home visit first") are not put to it.
        boolean aboutSomeone = SOMEONE.matcher(normal).find() || normal.codePoints().anyMatch(c -> c > 0x7F && Character.isLetter(c));
        return DisclosureModel.tokens(normal).length > 1 && !knownHarmless && aboutSomeone && Trained.MODEL.isDisclosure(normal)
                ? Optional.of(Rule.LIKE_KNOWN_DISCLOSURES) : Optional.empty();
    }

    /** The rules alone, without the trained model: for measuring each half. */
    Optional<Rule> assessByRules(String text) {
        return byRules(normalise(text));
    }

    private static Optional<Rule> byRules(String normal) {
        if (ONE_WORD_CRY.matcher(normal).matches()) {
            return Optional.of(Rule.FEELS_UNSAFE);
        }
        boolean goesOn = ONGOING.matcher(normal).find();
        for (String sentence : SENTENCES.split(normal)) {
            Optional<Rule> rule = assessSentence(sentence, goesOn);
            if (rule.isPresent()) {
                return rule;
            }
        }
        return Optional.empty();
    }

    /** Trained once, on first use, for every check in the server. */
    private static final class Trained {
        static final DisclosureModel MODEL = DisclosureModel.shipped();
    }

    private static Optional<Rule> assessSentence(String sentence, boolean goesOn) {
        if (IDIOM.matcher(sentence).find()) {
            return Optional.empty();
        }
        if ((RISK_TO_LIFE.matcher(sentence).find() && !NO_RISK.matcher(sentence).find()
                || WANT_TO_DIE.matcher(sentence).find() && !DYING_WISH.matcher(sentence).find())
                && !STOPPED.matcher(sentence).find()) {
            return Optional.of(Rule.RISK_TO_LIFE);
        }
        boolean stopped = STOPPED.matcher(sentence).find() || ENDED_ANY_MORE.matcher(sentence).find();
        boolean general = ALWAYS_GENERAL.matcher(sentence).find()
                || GENERAL.matcher(sentence).find() && !FIRST_PERSON.matcher(sentence).find();
        if (UNSAFE.matcher(sentence).find() && !stopped) {
            return Optional.of(Rule.FEELS_UNSAFE);
        }
        if (AFRAID.matcher(sentence).find() && !EVERYDAY_FEAR.matcher(sentence).find()
                && !NOT_AFRAID.matcher(sentence).find() && !stopped) {
            return Optional.of(Rule.FEELS_UNSAFE);
        }
        if (stopped || general) {
            return Optional.empty();
        }
        if (GRAVE.matcher(sentence).find()) {
            return Optional.of(Rule.GRAVE_HARM);
        }
        boolean now = goesOn || CURRENT.matcher(sentence).find() || PRESENT_TENSE.matcher(sentence).find();
        if (!now) {
            return Optional.empty();
        }
        if (MONEY.matcher(sentence).find()) {
            return Optional.of(Rule.MONEY_TAKEN);
        }
        if (CONTROL.matcher(sentence).find()) {
            return Optional.of(Rule.CONTROL_NOW);
        }
        if (NEGLECT.matcher(sentence).find()) {
            return Optional.of(Rule.NEGLECT_NOW);
        }
        if (HARM.matcher(sentence).find()) {
            return Optional.of(Rule.HARM_NOW);
        }
        return Optional.empty();
    }

    /**
     * Lower case, one kind of apostrophe, single spaces, and the spellings of quick typing made whole
     * ("dont", "cant", "im", "nite"), so that rules are written once.
     */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
                .toLowerCase(Locale.UK).replaceAll("[ \\t]+", " ").strip();
        return TEXT_SPEAK.matcher(folded).replaceAll(m -> switch (m.group()) {
            case "dont" -> "don't";
            case "cant" -> "can't";
            case "wont" -> "won't";
            case "im" -> "i'm";
            case "ive" -> "i've";
            case "isnt" -> "isn't";
            case "hasnt" -> "hasn't";
            case "havent" -> "haven't";
            case "doesnt" -> "doesn't";
            case "didnt" -> "didn't";
            case "wasnt" -> "wasn't";
            case "hes" -> "he's";
            case "shes" -> "she's";
            case "nite" -> "night";
            case "wen" -> "when";
            case "u" -> "you";
            default -> m.group();
        });
    }

    private static final Pattern TEXT_SPEAK = Pattern.compile(
            "\\b(dont|cant|wont|im|ive|isnt|hasnt|havent|doesnt|didnt|wasnt|hes|shes|nite|wen|u)\\b");

    private static Pattern words(String... alternatives) {
        return Pattern.compile("(?<![\\p{L}\\d'])(" + String.join("|", alternatives) + ")(?![\\p{L}\\d])",
                Pattern.UNICODE_CHARACTER_CLASS);
    }

    private static Pattern phrase(String normalPhrase) {
        return Pattern.compile("(?<![\\p{L}\\d'])" + Pattern.quote(normalPhrase) + "(?![\\p{L}\\d])");
    }
}
