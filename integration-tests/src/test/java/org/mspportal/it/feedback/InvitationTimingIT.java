package org.mspportal.it.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.FeedbackFixture;
import org.mspportal.it.support.FeedbackFixture.Letter;
import org.mspportal.it.support.HtmlForm;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;

/**
 * Once the person has given their feedback, a practitioner cannot invite them again; a safeguarding lead
 * can, saying why, and the reason is kept in the audit log. The first response stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationTimingIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void afterFeedbackIsGivenOnlyALeadWithAReasonInvitesThePersonAgain() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to see my sister");
        PortalHttpClient person = new PortalHttpClient();
        person.get(letter.path());
        FeedbackFixture.answerEverythingAndSend(person);
        String invitations = "/survey/invitations.xhtml?ref=" + letter.caseReference();

        PortalHttpClient practitioner = new PortalHttpClient();
        practitioner.signIn(Portal.DemoUser.PRACTITIONER);
        String theirs = practitioner.get(invitations).body();
        assertTrue(HtmlForm.visibleWords(theirs).contains("Only a safeguarding lead can invite them again"), theirs);
        assertFalse(theirs.contains("invitations:issueLetter"), "no button to press");

        PortalHttpClient lead = new PortalHttpClient();
        lead.signIn(Portal.DemoUser.LEAD);
        String page = lead.get(invitations).body();
        HtmlForm form = HtmlForm.on(page, lead.page(invitations)).stream().filter(f -> f.id().equals("invitations"))
                .findFirst().orElseThrow();
        HttpResponse<String> noReason = lead.post(form.actionPath(),
                form.submission(Map.of("invitations:reason", ""), Optional.of("invitations:issueLetter")));
        assertEquals(200, noReason.statusCode());
        assertTrue(HtmlForm.visibleWords(noReason.body()).contains("Say why the person is being invited again"));

        String reason = "She rang to add something about the carers – she’d like to answer again";
        HtmlForm retry = HtmlForm.on(noReason.body(), lead.page(invitations)).stream()
                .filter(f -> f.id().equals("invitations")).findFirst().orElseThrow();
        HttpResponse<String> issued = lead.post(retry.actionPath(),
                retry.submission(Map.of("invitations:reason", reason), Optional.of("invitations:issueLetter")));
        assertEquals(302, issued.statusCode(), HtmlForm.visibleWords(issued.body()));

        PortalHttpClient admin = new PortalHttpClient();
        admin.signIn(Portal.DemoUser.ADMIN);
        String audit = HtmlForm.visibleWords(admin.get("/admin/audit.xhtml").body());
        assertTrue(audit.contains("ISSUED_INVITATION_AGAIN") && audit.contains(reason), "the reason is kept exactly");
    }
}
