package org.mspportal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API for case systems, under {@code /api}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "MSP Portal API", version = "1",
                description = "For the council's case systems: open enquiries with the person's desired outcomes, "
                        + "record stage conversations and closure, issue feedback invitations and read their status. "
                        + "Each system has its own API key, issued and revoked by a portal administrator; every call "
                        + "is recorded in the audit log under the key's client id. Send the key as "
                        + "'Authorization: Bearer msp_...'. Errors are RFC 9457 problem details."),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = PortalApi.SECURITY_SCHEME,
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "msp_<client id>_<secret>")),
        security = @SecurityRequirement(name = PortalApi.SECURITY_SCHEME))
public class PortalApi extends Application {

    public static final String SECURITY_SCHEME = "apiKey";
}
