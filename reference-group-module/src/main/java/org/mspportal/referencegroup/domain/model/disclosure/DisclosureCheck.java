package org.mspportal.referencegroup.domain.model.disclosure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a contribution reads like a personal disclosure of abuse or risk, as opposed to a view about
 * policy. A reference group talks about abuse all the time ("people who are hurt should be believed"),
 * so a word alone is not enough: a sentence must speak of the writer themselves (I, me, my, we) and of
 * harm, or match one of the configured phrases ("help me", "I am scared of"). It errs towards holding
 * back: a facilitator releases what was held needlessly, but a disclosure shown to the group cannot be
 * taken back.
 */
public final class DisclosureCheck {

    /** Phrases that are a disclosure on their own, whoever else is in the sentence. */
    public static final List<String> DEFAULT_PHRASES = List.of(
            "help me", "i am scared", "i'm scared", "i am frightened", "i'm frightened", "i am afraid", "i'm afraid of",
            "i am not safe", "i'm not safe", "i don't feel safe", "i do not feel safe", "it is happening to me",
            "it's happening to me", "happening to me now", "keeps happening to me", "nobody believes me",
            "i want to kill myself", "hurt myself", "end my life");

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;\\n])\\s+|\\n+");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(i|i'm|i've|me|my|myself|mine|we|us|our)\\b");
    private static final Pattern HARM = Pattern.compile("\\b("
            + "hit|hits|hitting|hurt|hurts|hurting|beat|beats|beaten|beating|punch(es|ed|ing)?|kick(s|ed|ing)?|slap(s|ped|ping)?"
            + "|push(es|ed|ing)?|shov(e|es|ed|ing)|grab(s|bed|bing)?|strangl(e|es|ed|ing)|chok(e|es|ed|ing)"
            + "|abus(e|es|ed|ing|ive)|assault(s|ed|ing)?|rap(e|ed|es|ing)|touch(es|ed|ing)? me"
            + "|threaten(s|ed|ing)?|bull(y|ies|ied|ying)|harass(es|ed|ing)?|scar(e|es|ed|ing)|frighten(s|ed|ing)?"
            + "|lock(s|ed|ing)? me|won't let me|will not let me|doesn't let me|does not let me"
            + "|tak(e|es|ing)|took|stole|steal(s|ing)?|stolen)\\b");
    private static final Pattern HARM_OBJECT = Pattern.compile("\\b(money|bank|card|pension|benefits|pin)\\b");
    private static final Pattern TAKING = Pattern.compile("\\b(tak(e|es|ing)|took|stole|steal(s|ing)?|stolen)\\b");
    private static final Pattern DISTANCE = Pattern.compile("\\b(people|someone|anyone|they|others|service users|adults)\\b");

    private final List<String> phrases;

    public DisclosureCheck(List<String> extraPhrases) {
        List<String> all = new ArrayList<>(DEFAULT_PHRASES);
        extraPhrases.stream().map(DisclosureCheck::normalise).filter(p -> !p.isBlank()).forEach(all::add);
        this.phrases = List.copyOf(all);
    }

    public static DisclosureCheck withDefaults() {
        return new DisclosureCheck(List.of());
    }

    /**
     * The rule that matched, if the text reads like a disclosure: a rule's name, never the words
     * themselves, so the alert can say why without repeating what was written.
     */
    public Optional<String> assess(String text) {
        String normal = normalise(text);
        for (String phrase : phrases) {
            if (Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(normal).find()) {
                return Optional.of("phrase");
            }
        }
        for (String sentence : SENTENCES.split(normal)) {
            if (!FIRST_PERSON.matcher(sentence).find() || !HARM.matcher(sentence).find()) {
                continue;
            }
            boolean onlyTaking = TAKING.matcher(sentence).find() && !otherHarm(sentence);
            if (onlyTaking && !HARM_OBJECT.matcher(sentence).find()) {
                continue;
            }
            if (speaksOfOthersOnly(sentence)) {
                continue;
            }
            return Optional.of(onlyTaking ? "money taken" : "harm to the writer");
        }
        return Optional.empty();
    }

    private static boolean otherHarm(String sentence) {
        return HARM.matcher(TAKING.matcher(sentence).replaceAll(" ")).find();
    }

    /**
     * "We think people who are hit should be believed": first person about a view, harm about others.
     * Only "we/our" with a word for other people, and no "me/my/I", counts as speaking of others.
     */
    private static boolean speaksOfOthersOnly(String sentence) {
        boolean singular = Pattern.compile("\\b(i|i'm|i've|me|my|myself|mine)\\b").matcher(sentence).find();
        return !singular && DISTANCE.matcher(sentence).find();
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'');
        return folded.toLowerCase(Locale.UK).replaceAll("[ \\t]+", " ").strip();
    }
}
