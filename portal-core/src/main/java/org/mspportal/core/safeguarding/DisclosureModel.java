package org.mspportal.core.safeguarding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The trained half of the disclosure check: Apache OpenNLP's maximum-entropy document categoriser over
 * words and pairs of words, trained when first used (a fraction of a second) on labelled comments that ship
 * with the portal ({@code training-*.tsv}: fictional feedback and reference group posts written for the project by
 * four writers who never saw the rules). It catches disclosures that no rule names, in the way people actually write; the
 * rules catch what the comments never showed it. A comment is a concern when either says so.
 */
final class DisclosureModel {

    static final String ALERT = "alert";
    static final String QUIET = "no-alert";
    /**
     * Chosen on comments of each writer left out of training in turn (recall 0.82, precision 0.62; at 0.5,
     * recall 0.73 and precision 0.75), and on thirty everyday answers such as "They kept me informed", of
     * which one raised a concern. A needless alert costs a reader a minute; a missed one can cost far more.
     */
    static final double THRESHOLD = 0.4;
    static final List<String> TRAINING = List.of("training-tuning.tsv", "training-second-writer.tsv",
            "training-reference-group.tsv", "training-everyday.tsv");

    /**
     * Words (letters with their accents, digits inside a word kept with it) and a little punctuation. Any token
     * with a digit in it is left out: numbers, dates and reference codes say nothing about danger, and a code
     * that happened to look like a number the model had seen swayed it.
     */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\d]+(?:'[\\p{L}]+)?|[£?!]",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final DoccatModel model;

    private DisclosureModel(DoccatModel model) {
        this.model = model;
    }

    /** Trained on the comments that ship with the portal. */
    static DisclosureModel shipped() {
        List<String[]> rows = new ArrayList<>();
        for (String file : TRAINING) {
            rows.addAll(labelledRows(DisclosureModel.class.getResourceAsStream(file), file));
        }
        return trainedOn(rows);
    }

    /** Trained on rows of label and text ({@code alert} or {@code no-alert}). */
    static DisclosureModel trainedOn(List<String[]> rows) {
        List<DocumentSample> samples = rows.stream()
                .map(row -> new DocumentSample(row[0], tokens(DisclosureCheck.normalise(row[1])))).toList();
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 300);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        try {
            DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
                    new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
            return new DisclosureModel(DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples),
                    parameters, factory));
        } catch (IOException e) {
            throw new UncheckedIOException("The disclosure model could not be trained", e);
        }
    }

    /** How likely the words are a disclosure, from 0 to 1; the words must already be normalised. */
    double probability(String normalised) {
        String[] tokens = tokens(normalised);
        if (tokens.length == 0) {
            return 0;
        }
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        return categorizer.categorize(tokens)[categorizer.getIndex(ALERT)];
    }

    boolean isDisclosure(String normalised) {
        return probability(normalised) >= THRESHOLD;
    }

    static String[] tokens(String normalised) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(normalised);
        while (m.find()) {
            if (m.group().chars().noneMatch(Character::isDigit)) {
                tokens.add(m.group());
            }
        }
        return tokens.toArray(String[]::new);
    }

    /** Rows of a labelled file: a header line, then {@code label<TAB>text}. */
    static List<String[]> labelledRows(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("Missing labelled comments: " + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] row = line.split("\t", 2);
                if (row.length == 2 && (row[0].equals(ALERT) || row[0].equals(QUIET))) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
