package org.mspportal.referencegroup.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ReferenceGroupWordsTest {

    static final ResourceBundle WORDS = ResourceBundle.getBundle(ReferenceGroupWords.BUNDLE, Locale.UK);

    @Test
    void everyWordAPageAsksForIsInTheBundle() throws IOException {
        Pattern asked = Pattern.compile("rgWords\\['([\\w.-]+)'\\]");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/resources/META-INF/resources"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = asked.matcher(Files.readString(page));
                while (m.find()) {
                    found++;
                    if (!WORDS.containsKey(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(found > 20, "the pages read their wording from the bundle: " + found);
        assertEquals(List.of(), missing, "words asked for that the bundle lacks");
    }

    @Test
    void everyEasyReadWordingHasAStandardOne() {
        for (String key : WORDS.keySet()) {
            if (key.endsWith(ReferenceGroupWords.EASY)) {
                String standard = key.substring(0, key.length() - ReferenceGroupWords.EASY.length());
                assertTrue(WORDS.containsKey(standard), key + " has no standard wording");
                assertFalse(WORDS.getString(key).isBlank(), key + " is empty");
            }
        }
    }

    @Test
    void theBundleKeepsTypographicQuotesAsTheyWereWritten() {
        assertTrue(WORDS.getString("my-details.quote-anonymously").contains("\u201cyou said, we did\u201d"));
    }
}
