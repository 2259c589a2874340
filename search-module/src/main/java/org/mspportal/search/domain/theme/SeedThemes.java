package org.mspportal.search.domain.theme;

import java.util.List;

/** The themes a council starts with, from practice learning in Making Safeguarding Personal; leads change them. */
public final class SeedThemes {

    public static final List<Theme> ALL = List.of(
            Theme.of("Being listened to", "listened, listening, ignored, nobody heard, heard me, brushed off, "
                    + "took me seriously, believed me, understood me"),
            Theme.of("Involvement in decisions", "involved, decision, decided, my choice, chose, say in, asked me, "
                    + "consulted, without me, behind my back, my wishes, my views"),
            Theme.of("Feeling safe", "safe, safer, unsafe, safety, scared, afraid, frightened, fear, threatened, "
                    + "protected, at risk"),
            Theme.of("Information and communication", "told, inform, information, explain, explained, kept updated, "
                    + "update, letter, phone call, rang, call back, communication, in the dark, understand what"),
            Theme.of("Police and justice", "police, officer, court, prosecute, prosecution, charged, arrest, crime, "
                    + "criminal, justice, statement, solicitor"),
            Theme.of("Advocacy and support", "advocate, advocacy, IMCA, support worker, supported, support, helped, "
                    + "someone with me, on my side"),
            Theme.of("Family and carers", "family, daughter, son, wife, husband, partner, mum, mother, dad, father, "
                    + "brother, sister, carer, grandchild"),
            Theme.of("Timeliness", "wait, waited, waiting, slow, quick, quickly, delay, delayed, late, took ages, "
                    + "took too long, weeks, months, straight away"),
            Theme.of("People doing what they said they would", "promised, promise, said they would, never came back, "
                    + "followed up, follow up, didn't happen, kept their word, let down, turned up"),
            Theme.of("Confidence and independence", "confident, confidence, independent, independence, cope, "
                    + "coping, manage, my own, stand up for myself, myself again"),
            Theme.of("Money and property", "money, bank, cash, stolen, steal, theft, financial, finances, debt, scam, "
                    + "property, house, benefits, pension"),
            Theme.of("Care providers", "care home, nursing home, home care, care agency, care worker, staff, "
                    + "provider, residential, nurse, manager"));

    private SeedThemes() {
    }
}
