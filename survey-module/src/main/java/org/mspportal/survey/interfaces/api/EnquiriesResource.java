package org.mspportal.survey.interfaces.api;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mspportal.core.api.ApiProblem;
import org.mspportal.core.rule.Refusal;
import org.mspportal.survey.application.ConcludeEnquiry;
import org.mspportal.survey.application.EnquiryRecords;
import org.mspportal.survey.application.EnquiryStatus;
import org.mspportal.survey.application.FeedbackInvitations;
import org.mspportal.survey.application.OpenEnquiry;
import org.mspportal.survey.application.RecordStage;
import org.mspportal.survey.domain.model.invitation.FeedbackInvitation;

/**
 * Enquiries for case systems. Each call runs as the calling client (role CASE_SYSTEM) through the same
 * application services and rules as the practitioners' pages, and is audited under the client's id.
 */
@Path("v1/enquiries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enquiries")
@APIResponse(responseCode = "400", description = "The body could not be read",
        content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
@APIResponse(responseCode = "401", description = "No API key, or one not valid or revoked",
        content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
@APIResponse(responseCode = "422", description = "Refused by the enquiry's rules; the detail says why",
        content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
public class EnquiriesResource {

    @Inject
    EnquiryRecords records;

    @Inject
    FeedbackInvitations invitations;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Open an enquiry with the person's desired outcomes")
    @APIResponse(responseCode = "201", description = "Opened; Location is the enquiry's address",
            content = @Content(schema = @Schema(implementation = EnquiryStatus.class)))
    public Response open(NewEnquiryRequest request) {
        NewEnquiryRequest r = required(request);
        Long teamId = r.team() == null || r.team().isBlank() ? null : records.teamNamed(r.team())
                .orElseThrow(() -> new Refusal("There is no team called '" + r.team() + "'. Use a team name "
                        + "as the portal lists it."));
        List<OpenEnquiry.NewDesiredOutcome> outcomes = r.desiredOutcomes() == null ? List.of()
                : r.desiredOutcomes().stream().map(o -> new OpenEnquiry.NewDesiredOutcome(o.ownWords(), o.statementId())).toList();
        String reference = records.open(new OpenEnquiry(r.caseReference(), teamId, r.concernReceivedOn(),
                r.enquiryStartedOn(), r.ageBand(), r.gender(), r.ethnicity(), r.primarySupportReason(), r.typesOfRisk(),
                r.asked(), r.notWanted(), r.peopleInvolved(), r.representativeNeeded(), r.representativeRole(),
                r.feelingSafe(), outcomes));
        URI location = uri.getBaseUriBuilder().path(EnquiriesResource.class).path(reference).build();
        return Response.created(location).entity(status(reference)).build();
    }

    @GET
    @Path("{caseReference}")
    @Operation(summary = "Where the enquiry has got to, in codes")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EnquiryStatus.class)))
    @APIResponse(responseCode = "404", description = "No such enquiry")
    public EnquiryStatus status(@PathParam("caseReference") String caseReference) {
        return records.status(caseReference).orElseThrow(() -> new NotFoundException());
    }

    @POST
    @Path("{caseReference}/conversations")
    @Operation(summary = "Record a stage conversation and any change to the person's outcomes")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EnquiryStatus.class)))
    public EnquiryStatus recordConversation(@PathParam("caseReference") String caseReference,
                                            StageConversationRequest request) {
        StageConversationRequest r = required(request);
        List<RecordStage.OutcomeChange> changes = r.outcomeChanges() == null ? List.of() : r.outcomeChanges().stream()
                .map(c -> new RecordStage.OutcomeChange(c.position(), c.ownWords(), c.statementId(), c.reason())).toList();
        records.recordStage(new RecordStage(caseReference, r.stage(), r.heldOn(), r.prioritiesNow(), changes));
        return status(caseReference);
    }

    @POST
    @Path("{caseReference}/conclusion")
    @Operation(summary = "Conclude the enquiry: whether each outcome was achieved, and the SG2 and SG3 facts")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EnquiryStatus.class)))
    public EnquiryStatus conclude(@PathParam("caseReference") String caseReference, ConclusionRequest request) {
        ConclusionRequest r = required(request);
        List<ConcludeEnquiry.Assessment> assessments = r.assessments() == null ? List.of() : r.assessments().stream()
                .map(a -> new ConcludeEnquiry.Assessment(a.position(), a.achievement(), a.reason(), a.couldHaveDoneBetter()))
                .toList();
        records.conclude(new ConcludeEnquiry(caseReference, r.concludedOn(), assessments, r.riskAssessment(),
                r.riskOutcome(), r.locationOfRisk(), r.sourceOfRisk(), r.mentalCapacity(),
                r.supportedByAdvocateFamilyOrFriend(), r.feelingSafeNow()));
        return status(caseReference);
    }

    @POST
    @Path("{caseReference}/invitations")
    @Operation(summary = "Issue a feedback invitation (revoking any earlier one)")
    @APIResponse(responseCode = "201", description = "Issued; the link and code are returned this once",
            content = @Content(schema = @Schema(implementation = IssuedInvitationResponse.class)))
    public Response invite(@PathParam("caseReference") String caseReference, InvitationRequest request) {
        InvitationRequest r = required(request);
        if (r.channel() == null) {
            throw new Refusal("Say how the invitation goes to the person: channel LETTER or EMAIL.");
        }
        IssuedInvitationResponse issued = IssuedInvitationResponse.of(r.channel() == InvitationRequest.Channel.EMAIL
                ? invitations.issueByEmail(caseReference, r.email(), r.reason())
                : invitations.issue(caseReference, FeedbackInvitation.Channel.LETTER, r.reason()));
        URI location = uri.getBaseUriBuilder().path(EnquiriesResource.class).path(caseReference).path("invitations")
                .path(String.valueOf(issued.id())).build();
        return Response.created(location).entity(issued).build();
    }

    @GET
    @Path("{caseReference}/invitations")
    @Operation(summary = "The enquiry's feedback invitations, newest first, with their status")
    public List<InvitationResponse> invitations(@PathParam("caseReference") String caseReference) {
        return invitations.list(caseReference).stream().map(InvitationResponse::of).toList();
    }

    @GET
    @Path("{caseReference}/invitations/{id}")
    @Operation(summary = "One invitation's status: OPEN, COMPLETED (feedback sent), EXPIRED or REVOKED")
    @APIResponse(responseCode = "404", description = "No such invitation for this enquiry")
    public InvitationResponse invitation(@PathParam("caseReference") String caseReference, @PathParam("id") long id) {
        return invitations.list(caseReference).stream().filter(i -> i.id() == id).findFirst()
                .map(InvitationResponse::of).orElseThrow(() -> new NotFoundException());
    }

    @DELETE
    @Path("{caseReference}/invitations/{id}")
    @Operation(summary = "Revoke an invitation: its link and code stop working at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("caseReference") String caseReference, @PathParam("id") long id) {
        invitations.revoke(caseReference, id);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new Refusal("Send the request's details as a JSON body.");
        }
        return body;
    }
}
