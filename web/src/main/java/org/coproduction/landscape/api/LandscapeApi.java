package org.coproduction.landscape.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API of the landscape's record, under {@code /api}; its description is served at {@code
 * /openapi}.
 */
@ApplicationPath(LandscapeApi.PATH)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Landscape API",
            version = "1",
            description =
                "The record of the UK's co-production landscape: networks, organisations, people, grants, events"
                    + " and insights. Lists are pages {items, page, size, total} with the query parameters page,"
                    + " size, sort (name, -name or name,desc), q (free text) and the filters of each kind. Everyone"
                    + " signed in reads; STAFF and ADMIN write. Errors: {errors: [{field, message}]}."),
    security = @SecurityRequirement(name = LandscapeApi.BASIC))
@SecurityScheme(
    securitySchemeName = LandscapeApi.BASIC,
    type = SecuritySchemeType.HTTP,
    scheme = "basic")
public class LandscapeApi extends Application {

  public static final String PATH = "api";

  static final String BASIC = "basic";
}
