package org.mspportal.search.domain.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A labelled corpus of synthetic feedback comments, built by the project from a fixed seed: sentences
 * like those people write after a safeguarding enquiry, with identifiers of every type in their usual
 * formats (phone numbers from Ofcom's drama ranges, example domains, made-up names including names the
 * gazetteer does not hold), and sentences with none but plenty of look-alikes (months, times, money,
 * organisations, everyday words that are also names, ten-digit numbers that are not NHS numbers).
 */
final class RedactionCorpus {

    /** A comment and where its identifiers are. */
    record Comment(String text, List<Finding> labels) {
    }

    static final List<String> TEMPLATES = List.of(
            "{NAME} kept taking my pension and nobody stopped {PRONOUN}.",
            "My son {CNAME} was the one taking the money. I wanted him to get help, not to be arrested.",
            "The social worker {FORENAME} listened to me and came back when she said she would.",
            "Please ring me on {PHONE} before you visit, not after.",
            "You can email me at {EMAIL} if the phone is engaged.",
            "I live at {ADDRESS}, {POSTCODE} and the carers could never find the door.",
            "My NHS number is {NHS} if you need it for the records.",
            "The letter said my NHS no. was {NHS} but the GP had a different one.",
            "They asked for my National Insurance number, it is {NI}.",
            "I was born on {DATE} and I have lived here all my life.",
            "The meeting on {DATE} was the first time anyone asked me what I wanted.",
            "My case reference is {CASEREF} and I had to give it every time I called.",
            "The form at {URL} did not work on my phone.",
            "A carer called {CNAME} was rough with me and I told the manager.",
            "{TITLE} {SURNAME} from the council explained everything clearly.",
            "I told {FULLNAME} that I did not want to move into a home.",
            "My daughter {FORENAME} came to every meeting with me, which helped.",
            "My advocate {FULLNAME} made sure they heard me at the case conference.",
            "My neighbour {CNAME} at {ADDRESS} was the one shouting at me.",
            "Call my sister on {PHONE} or write to her at {EMAIL}.",
            "Her name is {CNAME} and she still comes round on Fridays.",
            "{FULLNAME} from the bank got my money back. Thank you.",
            "I moved to {ADDRESS} in {POSTCODE} after it happened.",
            "My husband {FORENAME} was born {DATE} and has dementia now.",
            "The police officer, {TITLE} {SURNAME}, never came back to me.",
            "I phoned {PHONE} three times and nobody answered.",
            "Send the report to {EMAIL} please, not to the house.",
            "I gave them my date of birth, {DATE}, and my NI number {NI}.",
            "{FORENAME} and {FORENAME2} from the care agency were lovely.",
            "It was {CNAME2}, my nephew, who helped me fill this in.");

    /**
     * Written after the rules were tuned on {@link #TEMPLATES} and never used to tune them: other phrasings,
     * positions and formats. The figures on these are the honest ones.
     */
    static final List<String> HELD_OUT = List.of(
            "I asked {CNAME}'s mum to come with me because I was scared.",
            "It's been hard since {FULLNAME} moved in upstairs.",
            "ring 0044 7700 900{D3} any time after 6",
            "my number changed to 07700-900-{D3} so please update it",
            "EMAIL ME: {EMAIL}",
            "We're at {ADDRESS2}, {POSTCODE2}.",
            "NHS: {NHS} (that's on my card)",
            "ni no {NI}",
            "DOB {DATE2}",
            "Last seen on {DATE2} by the duty team.",
            "Ref {CASEREF} please quote it",
            "see {URL} for the pictures of the damage",
            "{TITLE} {SURNAME} and {TITLE2} {SURNAME2} both visited.",
            "thanks to {FORENAME} for everything",
            "My grandson {CNAME} does my shopping now.");

    static final List<String> PLAIN = List.of(
            "Nobody told me what was happening for weeks.",
            "The police never came back to me.",
            "I felt safer once the locks were changed.",
            "Too many different people, I had to tell my story again and again.",
            "I got my money back from the bank in May, thank you.",
            "I did not understand the letters you sent me.",
            "It took too long to get a decision, about 6 weeks.",
            "May I say the meeting at 10.30 on Monday was the best one.",
            "I will not give up hope, and Grace at church helps me pray.",
            "Social Services did nothing for 3 months.",
            "I called Social Services and Age UK on the same day.",
            "Mark my words, it will happen again.",
            "It cost me £250 to change the locks and nobody paid it back.",
            "The order number 4857773456 from the catalogue was fraud.",
            "My reference from the shop was 9434765919 and they would not refund it.",
            "I rang the Samaritans on a bad night and they listened.",
            "The Safeguarding Adults Board should hear about this.",
            "Frank and honest advice is what I needed, and I got it.",
            "In June the carers started coming on time.",
            "Please do not send letters to the house.",
            "I want to stay in my own home.",
            "The GP and the district nurse talked to each other for once.",
            "There were 2 meetings and I was only invited to 1 of them.",
            "The Court was frightening but my advocate was there.",
            "Joy is what I felt when it was over.",
            "My Mum would have said the same.",
            "We met at Christmas and again at Easter.",
            "Mind and Mencap gave me leaflets.",
            "Dawn is the worst time, when I am alone.",
            "I keep 20 pounds in the tin for emergencies.");

    static final List<String> FORENAMES = List.of("Dave", "Sarah", "Jenny", "Mohammed", "Priya", "Margaret", "Keith",
            "Sian", "Gareth", "Fatima", "Linda", "Tony", "Claire", "Imran", "Doreen", "Callum", "Joanne", "Neil");
    static final List<String> SURNAMES = List.of("Patel", "Jones", "Begum", "Williams", "Khan", "Turner", "Hughes",
            "Robinson", "Singh", "Evans", "Morgan", "Clarke");
    /** Names the gazetteer does not hold: found only by the words around them. */
    static final List<String> UNLISTED = List.of("Jaxon", "Tamsin", "Kwame", "Roxanne", "Bartosz", "Siobhan",
            "Agnieszka", "Ffion", "Tyrone", "Oyelaran", "Blessing", "Precious", "Mehmet", "Branwen");
    static final List<String> TITLES = List.of("Mrs", "Mr", "Ms", "Dr", "PC", "Miss");
    static final List<String> STREETS = List.of("Acacia Avenue", "Mill Lane", "Station Road", "Church Street",
            "Orchard Close", "Victoria Road", "Hawthorn Drive", "Park View", "Albert Terrace", "Kings Crescent");
    static final List<String> POSTCODES = List.of("NE1 4XF", "SW1A 1AA", "B33 8TH", "CR2 6XH", "DN55 1PT", "M1 1AE",
            "LS6 2AB", "BS8 1TH", "CF10 3NQ", "EH1 2NG", "ne6 5rt", "SA1 1DP");
    static final List<String> MONTHS = List.of("January", "March", "May", "June", "September", "November", "Dec", "Feb");

    private RedactionCorpus() {
    }

    static List<Comment> build(long seed, int size) {
        return build(seed, size, TEMPLATES);
    }

    static List<Comment> buildHeldOut(long seed, int size) {
        return build(seed, size, HELD_OUT);
    }

    private static List<Comment> build(long seed, int size, List<String> templates) {
        Random random = new Random(seed);
        List<Comment> corpus = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean plainOnly = i % 5 == 4;
            StringBuilder text = new StringBuilder();
            List<Finding> labels = new ArrayList<>();
            if (random.nextInt(3) == 0 || plainOnly) {
                text.append(pick(random, PLAIN)).append(' ');
            }
            if (!plainOnly) {
                fill(pick(random, templates), random, text, labels);
            }
            if (random.nextInt(3) == 0) {
                text.append(' ').append(pick(random, PLAIN));
            }
            corpus.add(new Comment(text.toString().strip(), labels));
        }
        return corpus;
    }

    private static final Pattern SLOT = Pattern.compile("\\{([A-Z0-9]+)}");

    private static void fill(String template, Random random, StringBuilder text, List<Finding> labels) {
        Matcher m = SLOT.matcher(template);
        int at = 0;
        while (m.find()) {
            text.append(template, at, m.start());
            String slot = m.group(1);
            if (slot.equals("PRONOUN")) {
                text.append("him");
            } else if (slot.equals("D3")) {
                int start = text.length() - (text.toString().endsWith("900") ? 0 : 0);
                text.append(String.format("%03d", random.nextInt(1000)));
                // The phone number's label starts at its first digit, written in the template itself.
                int numberStart = phoneStart(text, start);
                labels.add(new Finding(IdentifierType.PHONE, numberStart, text.length()));
            } else {
                IdentifierType type = typeOf(slot);
                int start = text.length();
                text.append(value(slot, random));
                labels.add(new Finding(type, start, text.length()));
            }
            at = m.end();
        }
        text.append(template.substring(at));
    }

    private static int phoneStart(StringBuilder text, int end) {
        int start = end;
        while (start > 0 && "0123456789 +-".indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        while (text.charAt(start) == ' ') {
            start++;
        }
        return start;
    }

    private static IdentifierType typeOf(String slot) {
        return switch (slot) {
            case "NAME", "CNAME", "CNAME2", "FORENAME", "FORENAME2", "FULLNAME", "SURNAME", "SURNAME2", "TITLE2" -> IdentifierType.NAME;
            case "PHONE" -> IdentifierType.PHONE;
            case "EMAIL" -> IdentifierType.EMAIL;
            case "ADDRESS", "ADDRESS2" -> IdentifierType.ADDRESS;
            case "POSTCODE", "POSTCODE2" -> IdentifierType.POSTCODE;
            case "NHS" -> IdentifierType.NHS_NUMBER;
            case "NI" -> IdentifierType.NI_NUMBER;
            case "DATE", "DATE2" -> IdentifierType.DATE;
            case "CASEREF" -> IdentifierType.CASE_REF;
            case "URL" -> IdentifierType.URL;
            case "TITLE" -> IdentifierType.NAME;
            default -> throw new IllegalArgumentException(slot);
        };
    }

    private static String value(String slot, Random r) {
        return switch (slot) {
            case "NAME", "FORENAME", "FORENAME2" -> pick(r, FORENAMES);
            case "CNAME", "CNAME2" -> r.nextBoolean() ? pick(r, UNLISTED) : pick(r, FORENAMES);
            case "FULLNAME" -> pick(r, r.nextBoolean() ? FORENAMES : UNLISTED) + " " + pick(r, r.nextBoolean() ? SURNAMES : UNLISTED);
            case "SURNAME", "SURNAME2" -> pick(r, r.nextBoolean() ? SURNAMES : UNLISTED);
            case "TITLE", "TITLE2" -> pick(r, TITLES);
            case "ADDRESS2" -> (1 + r.nextInt(99)) + ", " + pick(r, STREETS);
            case "POSTCODE2" -> pick(r, POSTCODES).replace(" ", "");
            case "DATE2" -> (1 + r.nextInt(28)) + "/" + (1 + r.nextInt(12)) + "/" + (30 + r.nextInt(70));
            case "PHONE" -> phone(r);
            case "EMAIL" -> pick(r, FORENAMES).toLowerCase() + (r.nextBoolean() ? "." + pick(r, SURNAMES).toLowerCase() : r.nextInt(100))
                    + "@" + pick(r, List.of("example.org", "example.com", "mail.example.co.uk"));
            case "ADDRESS" -> (r.nextInt(4) == 0 ? "Flat " + (1 + r.nextInt(12)) + ", " : "") + (1 + r.nextInt(180))
                    + (r.nextInt(6) == 0 ? "b" : "") + " " + pick(r, STREETS);
            case "POSTCODE" -> pick(r, POSTCODES);
            case "NHS" -> nhs(r);
            case "NI" -> ni(r);
            case "DATE" -> date(r);
            case "CASEREF" -> pick(r, List.of("DEMO", "SG", "ASC")) + "-" + (2020 + r.nextInt(7)) + "-" + String.format("%05d", r.nextInt(99999));
            case "URL" -> pick(r, List.of("https://www.example.org/feedback", "www.example.co.uk/help?id=42",
                    "http://example.com/forms/safeguarding"));
            default -> throw new IllegalArgumentException(slot);
        };
    }

    private static String phone(Random r) {
        String tail3 = String.format("%03d", r.nextInt(1000));
        return switch (r.nextInt(8)) {
            case 0 -> "07700 900" + tail3;
            case 1 -> "07700900" + tail3;
            case 2 -> "+44 7700 900" + tail3;
            case 3 -> "01632 960" + tail3;
            case 4 -> "(01632) 960" + tail3;
            case 5 -> "020 7946 0" + tail3;
            case 6 -> "+44 (0)20 7946 0" + tail3;
            default -> "0113 496 0" + tail3;
        };
    }

    private static String nhs(Random r) {
        while (true) {
            StringBuilder digits = new StringBuilder().append(4 + r.nextInt(3));
            for (int i = 0; i < 8; i++) {
                digits.append(r.nextInt(10));
            }
            for (int check = 0; check < 10; check++) {
                if (NhsNumber.isValid(digits + String.valueOf(check))) {
                    String d = digits.toString() + check;
                    return r.nextBoolean() ? d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6) : d;
                }
            }
        }
    }

    private static String ni(Random r) {
        String first = "ABCEGHJKLMNOPRSTWXYZ";
        String second = "ABCEGHJKLMNPRSTWXYZ";
        String prefix;
        do {
            prefix = "" + first.charAt(r.nextInt(first.length())) + second.charAt(r.nextInt(second.length()));
        } while (List.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ").contains(prefix));
        String digits = String.format("%06d", r.nextInt(1_000_000));
        String suffix = "" + "ABCD".charAt(r.nextInt(4));
        return r.nextBoolean() ? prefix + digits + suffix
                : prefix + " " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4) + " " + suffix;
    }

    private static String date(Random r) {
        int day = 1 + r.nextInt(28);
        int year = 1930 + r.nextInt(95);
        String month = pick(r, MONTHS);
        return switch (r.nextInt(5)) {
            case 0 -> String.format("%02d/%02d/%d", day, 1 + r.nextInt(12), year);
            case 1 -> day + ordinal(day) + " of " + month + " " + year;
            case 2 -> day + " " + month + " " + year;
            case 3 -> month + " " + day + ordinal(day) + ", " + year;
            default -> day + "." + (1 + r.nextInt(12)) + "." + (year % 100 < 10 ? "0" : "") + year % 100;
        };
    }

    private static String ordinal(int day) {
        return day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th";
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
