package org.mspportal.survey.interfaces.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.mspportal.core.api.ApiProblem;
import org.mspportal.survey.domain.model.enquiry.EnquiryRuleException;
import org.mspportal.survey.domain.model.enquiry.UnknownEnquiryException;

/**
 * The enquiry's rules refused the call: 422 with the same plain message practitioners see, and nothing
 * was saved; or there is no such enquiry: 404.
 */
@Provider
public class EnquiryRuleExceptionMapper implements ExceptionMapper<EnquiryRuleException> {

    @Override
    public Response toResponse(EnquiryRuleException e) {
        if (e instanceof UnknownEnquiryException) {
            return ApiProblem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
        }
        return new ApiProblem("about:blank", "Unprocessable Content", 422, e.getMessage()).toResponse();
    }
}
