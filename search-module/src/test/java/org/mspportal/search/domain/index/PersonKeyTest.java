package org.mspportal.search.domain.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PersonKeyTest {

    static final byte[] SECRET = "a secret of thirty-two bytes....".getBytes(StandardCharsets.UTF_8);

    @Test
    void thePersonsWordsShareAKeyThatNamesNeitherTheEnquiryNorItsNumber() {
        String key = PersonKey.of(SECRET, "survey", "enquiry-417");
        assertEquals(key, PersonKey.of(SECRET, "survey", "enquiry-417"));
        assertEquals(32, key.length());
        assertThat(key).doesNotContain("417");
        assertNotEquals(key, PersonKey.of(SECRET, "survey", "enquiry-418"));
        assertNotEquals(key, PersonKey.of(SECRET, "reference-group", "enquiry-417"), "one source's 417 is not another's");
        assertNotEquals(key, PersonKey.of("another secret".getBytes(StandardCharsets.UTF_8), "survey", "enquiry-417"),
                "without the key, no one can make it again");
    }

    @Test
    void wordsOfNoOneInParticularHaveNoKey() {
        assertNull(PersonKey.of(SECRET, "reference-group", null));
    }
}
