package org.mspportal.web.api;

import java.util.Arrays;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.mspportal.core.api.ApiProblem;
import org.mspportal.core.rule.NotFound;
import org.mspportal.core.rule.Refusal;

/** How the API tells a calling system what went wrong: problem details it can act on, never a stack trace. */
public final class ApiFailures {

    private static final Logger LOG = Logger.getLogger(ApiFailures.class.getName());
    private static final Pattern UNKNOWN_CODE = Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w+)");
    private static final Pattern POSITION = Pattern.compile("line no=(\\d+), column no=(\\d+)");

    private ApiFailures() {
    }

    /** A body that is not JSON, or a value of the wrong type or not among a field's codes. */
    static Response unreadable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            Matcher code = UNKNOWN_CODE.matcher(message);
            if (t instanceof IllegalArgumentException && code.find()) {
                return ApiProblem.of(Response.Status.BAD_REQUEST, unknownCode(code.group(1), code.group(2))).toResponse();
            }
            Matcher where = POSITION.matcher(message);
            if (where.find()) {
                return ApiProblem.of(Response.Status.BAD_REQUEST, "The request body could not be read: it is not "
                        + "JSON at line " + where.group(1) + ", column " + where.group(2) + ".").toResponse();
            }
        }
        return ApiProblem.of(Response.Status.BAD_REQUEST, "The request body could not be read. Dates are written "
                + "2026-04-01, numbers without quotes; the OpenAPI document at /openapi describes every field.").toResponse();
    }

    private static String unknownCode(String enumType, String value) {
        String type = enumType.substring(enumType.lastIndexOf('.') + 1);
        try {
            Object[] codes = Class.forName(enumType, false, Thread.currentThread().getContextClassLoader()).getEnumConstants();
            if (codes != null) {
                return "'" + value + "' is not one of the codes for " + type + ": "
                        + Arrays.stream(codes).map(String::valueOf).collect(Collectors.joining(", ")) + ".";
            }
        } catch (ClassNotFoundException e) {
            // fall through: the type's name is still worth telling
        }
        return "'" + value + "' is not one of the codes for " + type + ".";
    }

    /**
     * The portal's rules refused the call: 422 with the same plain message staff see, and nothing was saved; or
     * what it names is not there: 404.
     */
    @Provider
    public static class Refused implements ExceptionMapper<Refusal> {
        @Override
        public Response toResponse(Refusal e) {
            if (e instanceof NotFound) {
                return ApiProblem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
            }
            return new ApiProblem("about:blank", "Unprocessable Content", 422, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Unreadable implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e);
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(e);
        }
    }

    @Provider
    public static class NotAllowed implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return ApiProblem.of(Response.Status.FORBIDDEN, "This API key is not allowed to do that.").toResponse();
        }
    }

    /** Not found, method not allowed, unsupported media type and the like keep their status. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return unreadable(e.getCause());
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = switch (status.getStatusCode()) {
                case 404 -> "There is nothing at this address. The OpenAPI document at /openapi lists the API.";
                case 405 -> "This address does not take that method. The OpenAPI document at /openapi lists the API.";
                case 406 -> "The API answers in JSON only (Accept: application/json).";
                case 415 -> "Send the request body as JSON (Content-Type: application/json).";
                default -> status.getReasonPhrase();
            };
            return new ApiProblem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail).toResponse();
        }
    }

    /** Anything unforeseen: logged in full on the server under a reference the caller can quote. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "API call failed, reference " + reference, e);
            return ApiProblem.of(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on the server. Nothing was changed. Quote reference " + reference
                            + " to the portal's administrators.").toResponse();
        }
    }
}
