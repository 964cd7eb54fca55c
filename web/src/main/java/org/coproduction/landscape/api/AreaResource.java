package org.coproduction.landscape.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.coproduction.landscape.geography.Area;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("areas")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas", description = "The four nations and England's nine regions, with their codes.")
public class AreaResource {

  private static final List<AreaJson> AREAS =
      Arrays.stream(Area.values()).map(AreaJson::of).toList();

  @GET
  @Operation(summary = "The 13 reference areas: nations first, then England's regions")
  @APIResponse(responseCode = "200", description = "The areas")
  public List<AreaJson> list() {
    return AREAS;
  }
}
