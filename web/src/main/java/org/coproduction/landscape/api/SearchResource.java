package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.searches.SavedSearches;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Saved searches: a list's filters under a name, private or shared, each with its count now. */
@Path("searches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Saved searches",
    description =
        "A list's filters saved under a name (kind: networks, organisations, grants, programmes,"
            + " events, insights; people for ADMIN), private or shared with everyone; each answered"
            + " with the number of records the list counts now and the addresses of the list and"
            + " its downloads.")
public class SearchResource {

  @Inject SavedSearches searches;

  @GET
  @Operation(summary = "Your searches and the shared ones, by name, each counted now")
  @APIResponse(responseCode = "200", description = "The searches")
  public List<SearchJson> visible() {
    return searches.visible().stream().map(SearchJson::of).toList();
  }

  @POST
  @Operation(
      summary = "Saves a search",
      description =
          "{\"name\":\"Active in Yorkshire\",\"kind\":\"networks\",\"query\":\"area=E12000003&status=ACTIVE\","
              + "\"shared\":true}: the query is the list's parameters (q, its filters, sort), checked"
              + " by the list.")
  @APIResponse(responseCode = "201", description = "Saved; Location names it")
  @APIResponse(
      responseCode = "400",
      description =
          "A field named: kind (no such list), name (blank, too long, or already yours), query (a"
              + " filter or order the list does not know)")
  @APIResponse(responseCode = "403", description = "The list of people is for ADMIN only")
  public Response save(SearchJson json, @Context UriInfo uri) {
    if (json == null) {
      throw new InvalidRecordException("body", "Send the search as JSON in the request body");
    }
    SavedSearches.Found saved =
        searches.save(json.name(), json.kind(), json.query(), Boolean.TRUE.equals(json.shared()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(saved.search().getId())).build())
        .entity(SearchJson.of(saved))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Deletes one of your searches (ADMIN: any shared one)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "403", description = "Another person's shared search")
  @APIResponse(
      responseCode = "404",
      description = "No such search, or another person's private one")
  public Response delete(@PathParam("id") long id) {
    searches.delete(id);
    return Response.noContent().build();
  }
}
