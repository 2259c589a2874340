package org.mspportal.search.domain.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces identifiers in free text with typed placeholders ({@code [NAME]}, {@code [PHONE]} …) before
 * the text is indexed. Structured identifiers are found by their published formats (with checks: a
 * phone number's length, the NHS number's check digit plus words that say it is one, the National
 * Insurance number's allowed letters); names by a gazetteer, the portal's own names, titles and telling
 * words ("my son Dave", "a carer called Tamsin"). When two findings overlap, the more specific wins.
 */
public final class Redactor {

    /** The council's own case references; the default matches the portal's demo and test formats. */
    public static final Pattern DEFAULT_CASE_REFERENCE =
            Pattern.compile("\\b[A-Z]{2,6}(?:-[A-Z0-9]{1,8}){1,2}-\\d{1,7}\\b");

    private static final List<IdentifierType> PRIORITY = List.of(IdentifierType.EMAIL, IdentifierType.URL,
            IdentifierType.NHS_NUMBER, IdentifierType.NI_NUMBER, IdentifierType.PHONE, IdentifierType.POSTCODE,
            IdentifierType.CASE_REF, IdentifierType.DATE, IdentifierType.ADDRESS, IdentifierType.NAME);

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"']+");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:(?:\\+44|0044)\\s?(?:\\(0\\)\\s?)?\\d{2,4}|\\(0\\d{2,4}\\)|0\\d{2,4})(?:[\\s-]?\\d{3,4}){1,2}(?!\\d)"
                    + "|(?<![\\w+])0\\d{9,10}(?!\\d)");
    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![\\d-])\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?![\\d-])");
    private static final Pattern NHS_CONTEXT = Pattern.compile("(?i)\\bnhs\\b|health (?:service )?(?:no|number)");
    private static final Pattern NI_NUMBER = Pattern.compile(
            "(?i)\\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b");
    private static final Pattern POSTCODE = Pattern.compile("(?i)\\b(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?) ?\\d[ABD-HJLNP-UW-Z]{2}\\b");
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:0?[1-9]|[12]\\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:\\d{4}|\\d{2})\\b"
                    + "|\\b(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?: of)? " + MONTH + "\\b(?:,? \\d{4})?"
                    + "|\\b" + MONTH + " (?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\b(?:,? \\d{4})?"
                    + "|(?<=\\bborn in )\\d{4}\\b|(?<=\\bborn )\\d{4}\\b");
    private static final String STREET = "(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Court|Crescent|Way|Place"
            + "|Gardens|Grove|Terrace|Square|Walk|Mews|Row|Rise|View)";
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b(?:(?:Flat|Apartment|Unit) \\d+[A-Za-z]?,? )?(?:\\d{1,4}[A-Za-z]?,? )?(?:[A-Z][a-z]+ ){1,3}" + STREET + "\\b");
    private static final Pattern CAPITALISED = Pattern.compile(
            "\\b[A-Z][a-z]+(?:['\u2019-][A-Z][a-z]+)*\\b|\\b[A-Z]'[A-Z][a-z]+\\b|\\b(?:PC|DC|DS|DI)\\b");
    private static final Pattern TITLE = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Nurse|Sister|PC|DC|Sergeant)\\.?$");
    private static final String RELATION = "(?:son|daughter|husband|wife|partner|boyfriend|girlfriend|brother|sister"
            + "|neighbour|carer|friend|nephew|niece|grandson|granddaughter|mum|dad|mother|father|uncle|auntie|aunt|cousin"
            + "|lodger|landlord|worker|social worker|advocate|key worker|support worker|ex)";
    /** Words just before a capitalised word that say it is someone's name: "my son Jaxon", "a carer called Tamsin". */
    private static final Pattern TELLING_WORDS = Pattern.compile("(?i)(?:\\b(?:my|our|his|her|their|the) " + RELATION
            + "|\\b(?:called|named|name is|name was|known as|told|asked|saw|met)) $");
    /** Words just after: "Branwen, my nephew", "Jo Quist from the council". */
    private static final Pattern TELLING_AFTER = Pattern.compile("^(?:, (?:my|our|his|her|their) " + RELATION
            + "\\b| from (?:the )?(?:bank|council|police|care agency|agency|hospital|surgery|housing|charity|church|team)\\b)");
    private static final Set<String> NOT_A_STREET = Set.of("The", "A", "An", "My", "Our", "This", "That", "Crown",
            "Magistrates", "County", "Family", "Royal");
    /** Capitalised words that are never taken for names, even where a name could stand. */
    private static final Set<String> NOT_NAMES = Set.of("I", "The", "A", "An", "My", "Our", "We", "They", "He", "She",
            "It", "This", "That", "There", "Then", "When", "If", "But", "And", "So", "Police", "Council", "Social",
            "Services", "Service", "Safeguarding", "Adult", "Adults", "Team", "Hospital", "Court", "Bank", "Post",
            "Office", "Age", "UK", "NHS", "GP", "Doctor", "Nurse", "Care", "Home", "Housing", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Christmas", "Easter", "English",
            "Welsh", "Thank", "Thanks", "Please", "Yes", "No", "Everyone", "Nobody", "Someone", "Somebody", "Staff",
            "Mum", "Dad", "Gran", "Grandad", "Nan", "Sir", "Madam", "Advocate", "Carer", "Carers", "Worker",
            "Citizens", "Advice", "Samaritans", "Mind", "Scope", "Mencap", "Healthwatch", "Ambulance", "Fire");

    private final NameGazetteer names;
    private final Pattern caseReference;

    public Redactor(NameGazetteer names, Pattern caseReference) {
        this.names = names;
        this.caseReference = caseReference;
    }

    public static Redactor withShippedNames() {
        return new Redactor(NameGazetteer.shipped(), DEFAULT_CASE_REFERENCE);
    }

    /** The text with every identifier replaced by its placeholder. */
    public String redact(String text) {
        StringBuilder out = new StringBuilder(text);
        List<Finding> found = new ArrayList<>(find(text));
        found.sort(Comparator.comparingInt(Finding::start).reversed());
        for (Finding f : found) {
            out.replace(f.start(), f.end(), f.type().placeholder());
        }
        return out.toString();
    }

    /** Every identifier found, none overlapping another, in order. */
    public List<Finding> find(String text) {
        List<Finding> candidates = new ArrayList<>();
        add(candidates, IdentifierType.EMAIL, EMAIL, text);
        urls(candidates, text);
        nhsNumbers(candidates, text);
        add(candidates, IdentifierType.NI_NUMBER, NI_NUMBER, text);
        phones(candidates, text);
        add(candidates, IdentifierType.POSTCODE, POSTCODE, text);
        add(candidates, IdentifierType.CASE_REF, caseReference, text);
        add(candidates, IdentifierType.DATE, DATE, text);
        addresses(candidates, text);
        names(candidates, text);
        candidates.sort(Comparator.<Finding>comparingInt(f -> PRIORITY.indexOf(f.type()))
                .thenComparing(Comparator.comparingInt(Finding::length).reversed()));
        List<Finding> chosen = new ArrayList<>();
        for (Finding candidate : candidates) {
            if (chosen.stream().noneMatch(c -> c.overlaps(candidate.start(), candidate.end()))) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Finding::start));
        return chosen;
    }

    private static void add(List<Finding> found, IdentifierType type, Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Finding(type, m.start(), m.end()));
        }
    }

    /** A street named without a house number must not start with an article or a court's name ("The Court"). */
    private static void addresses(List<Finding> found, String text) {
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            String first = m.group().split("[ ,]")[0];
            if (m.group().chars().noneMatch(Character::isDigit) && NOT_A_STREET.contains(first)) {
                continue;
            }
            found.add(new Finding(IdentifierType.ADDRESS, m.start(), m.end()));
        }
    }

    private static void urls(List<Finding> found, String text) {
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:!?)".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            found.add(new Finding(IdentifierType.URL, m.start(), end));
        }
    }

    /** UK numbers: 10 or 11 digits in national form (starting 0), or the same after +44. */
    private static void phones(List<Finding> found, String text) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            if (digits.startsWith("0044")) {
                digits = digits.substring(2);
            }
            if (digits.startsWith("44")) {
                digits = "0" + digits.substring(digits.startsWith("440") ? 3 : 2);
            }
            if (digits.startsWith("0") && (digits.length() == 10 || digits.length() == 11)) {
                found.add(new Finding(IdentifierType.PHONE, m.start(), m.end()));
            }
        }
    }

    /** Ten digits passing the check digit, with words nearby that say it is an NHS number. */
    private static void nhsNumbers(List<Finding> found, String text) {
        Matcher m = TEN_DIGITS.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            if (NhsNumber.isValid(digits) && NHS_CONTEXT.matcher(before).find()) {
                found.add(new Finding(IdentifierType.NHS_NUMBER, m.start(), m.end()));
            }
        }
    }

    private void names(List<Finding> found, String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            int[] word = words.get(i);
            String w = text.substring(word[0], word[1]);
            if (NOT_NAMES.contains(w) && !TITLE.matcher(w).matches()) {
                continue;
            }
            boolean title = TITLE.matcher(w).matches();
            boolean nextAdjacent = i + 1 < words.size() && isAdjacent(text, word, words.get(i + 1));
            String next = nextAdjacent ? text.substring(words.get(i + 1)[0], words.get(i + 1)[1]) : null;
            boolean told = TELLING_WORDS.matcher(text.substring(Math.max(0, word[0] - 30), word[0])).find()
                    || toldAfter(text, words, i);
            boolean listed = names.isForename(w) || names.isSurname(w);
            boolean nameFollows = next != null && !NOT_NAMES.contains(next)
                    && (names.isSurname(next) || names.isForename(next) || listed);
            int start = word[0];
            int last = i;
            if (title && nextAdjacent && !NOT_NAMES.contains(next)) {
                last = i + 1;
            } else if (title) {
                continue;
            } else if (listed && !names.isAmbiguous(w)) {
                last = i;
            } else if (listed && (nameFollows || told && !sentenceStart(text, word[0]))) {
                last = i;
            } else if (told && !NOT_NAMES.contains(w) && (!sentenceStart(text, word[0]) || toldAfter(text, words, i))) {
                last = i;
            } else {
                continue;
            }
            // A surname (or an unknown capitalised word) straight after a name belongs to it.
            while (last + 1 < words.size() && isAdjacent(text, words.get(last), words.get(last + 1))) {
                String following = text.substring(words.get(last + 1)[0], words.get(last + 1)[1]);
                if (NOT_NAMES.contains(following) || names.isAmbiguous(following) && !names.isSurname(following)) {
                    break;
                }
                last++;
            }
            found.add(new Finding(IdentifierType.NAME, start, words.get(last)[1]));
            i = last;
        }
    }

    /** Whether the words after this one (or after it and the next capitalised word) say it is a name. */
    private static boolean toldAfter(String text, List<int[]> words, int i) {
        int end = words.get(i)[1];
        if (TELLING_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find()) {
            return true;
        }
        if (i + 1 < words.size() && isAdjacent(text, words.get(i), words.get(i + 1))) {
            int after = words.get(i + 1)[1];
            return TELLING_AFTER.matcher(text.substring(after, Math.min(text.length(), after + 40))).find();
        }
        return false;
    }

    private static boolean isAdjacent(String text, int[] word, int[] next) {
        return next[0] == word[1] + 1 && text.charAt(word[1]) == ' ';
    }

    private static boolean sentenceStart(String text, int at) {
        String before = text.substring(0, at).stripTrailing();
        return before.isEmpty() || ".!?\"\u201c\n:".indexOf(before.charAt(before.length() - 1)) >= 0;
    }
}
