package org.mspportal.search.domain.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RedactorTest {

    final Redactor redactor = Redactor.withShippedNames();

    @Test
    void replacesEmailsLinksAndPhoneNumbersInTheirUsualFormats() {
        assertEquals("Email me at [EMAIL] or see [URL].",
                redactor.redact("Email me at jo.bloggs+msp@example.co.uk or see https://example.org/my-page."));
        for (String phone : List.of("07700 900123", "07700900123", "+44 7700 900123", "01632 960001",
                "(01632) 960001", "020 7946 0018", "+44 (0)20 7946 0018", "0161-496-0000", "0044 7700 900123",
                "07700-900-123")) {
            assertEquals("Ring [PHONE] please", redactor.redact("Ring " + phone + " please"), phone);
        }
        assertEquals("It cost £250 and took 3 weeks", redactor.redact("It cost £250 and took 3 weeks"));
    }

    @Test
    void anNhsNumberNeedsItsCheckDigitAndWordsThatSayItIsOne() {
        assertEquals("my NHS number is [NHS_NUMBER]", redactor.redact("my NHS number is 943 476 5919"));
        assertEquals("NHS no: 9434765918 is wrong", redactor.redact("NHS no: 9434765918 is wrong"), "bad check digit");
        assertEquals("order 9434765919 arrived", redactor.redact("order 9434765919 arrived"), "no context");
    }

    @Test
    void replacesNationalInsuranceNumbersPostcodesAndAddresses() {
        assertEquals("NI [NI_NUMBER] on file", redactor.redact("NI JG 10 37 59 A on file"));
        assertEquals("QQ 12 34 56 C is only an example", redactor.redact("QQ 12 34 56 C is only an example"));
        assertEquals("NI number AB123456Z is not one", redactor.redact("NI number AB123456Z is not one"));
        assertEquals("I live at [ADDRESS], [POSTCODE]", redactor.redact("I live at 14 Acacia Avenue, NE1 4XF"));
        assertEquals("from [ADDRESS] to town", redactor.redact("from Flat 2, 7 Mill Lane to town"));
    }

    @Test
    void replacesDatesButNotMonthsOrTimesAlone() {
        assertEquals("born [DATE] and moved on [DATE]",
                redactor.redact("born 12/05/1948 and moved on 3rd of March 2021"));
        assertEquals("She was born in [DATE].", redactor.redact("She was born in 1948."));
        assertEquals("In May we met at 10.30 for an hour", redactor.redact("In May we met at 10.30 for an hour"));
    }

    @Test
    void replacesNamesFromTheListTitlesAndTellingWords() {
        assertEquals("[NAME] took my pension", redactor.redact("Dave took my pension"));
        assertEquals("my son [NAME] kept the card", redactor.redact("my son Jaxon kept the card"));
        assertEquals("a carer called [NAME] was kind", redactor.redact("a carer called Tamsin was kind"));
        assertEquals("[NAME] came round", redactor.redact("Mrs Oyelaran came round"));
        assertEquals("[NAME] from the bank helped", redactor.redact("Sarah Begum from the bank helped"));
        assertEquals("I told [NAME] everything", redactor.redact("I told Priya Okonkwo everything"));
    }

    @Test
    void leavesEverydayWordsThatAreAlsoNamesAlone() {
        for (String ordinary : List.of("May I say thank you.", "I will not give up hope", "Grace and joy",
                "Mark the date", "The police never came back.", "Social Services did nothing.",
                "I called Social Services on Monday", "Age UK helped me", "It was Frank and honest advice")) {
            assertEquals(ordinary, redactor.redact(ordinary), ordinary);
        }
        assertEquals("[NAME] came with me", redactor.redact("Will Turner came with me"), "a name with its surname");
    }

    @Test
    void namesThePortalHoldsAreRedactedWherever() {
        Redactor withStaff = new Redactor(NameGazetteer.shipped().withKnownNames(List.of("Zebedee Quist")),
                Redactor.DEFAULT_CASE_REFERENCE);
        assertEquals("[NAME] was my worker", withStaff.redact("Quist was my worker"));
    }

    @Test
    void replacesTheCouncilsCaseReferences() {
        assertEquals("about [CASE_REF] again", redactor.redact("about DEMO-2026-00160 again"));
        assertFalse(redactor.redact("about SG-FB-1234567").contains("1234567"));
    }

    @Test
    void placeholdersNeverOverlapAndTheRestOfTheTextIsKept() {
        String text = "Call Dave on 07700 900123 or dave@example.org, 14 Acacia Avenue NE1 4XF.";
        List<Finding> found = redactor.find(text);
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).end() <= found.get(i).start());
        }
        assertEquals("Call [NAME] on [PHONE] or [EMAIL], [ADDRESS] [POSTCODE].", redactor.redact(text));
    }
}
