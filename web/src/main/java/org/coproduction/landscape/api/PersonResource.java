package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.coproduction.landscape.duplicates.Duplicates;
import org.coproduction.landscape.duplicates.Merges;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.people.LawfulBasis;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.privacy.SubjectRights;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("people")
@RequestScoped
@Tag(
    name = "People",
    description =
        "Personal data. Filters: organisation (an organisation's id), lawfulBasis. Sort: name, role. A subject"
            + " access export and anonymisation are at /people/{id}/export and /people/{id}/anonymise.")
public class PersonResource extends RecordResource<Person, PersonJson> {

  @Inject private People people;

  @Inject private Duplicates duplicates;

  @Inject private Merges merges;

  @Inject private SubjectRights rights;
  @Inject private Organisations organisations;

  public PersonResource() {
    super(Person.class, Person::blank, Map.of("organisation", "organisationId"));
  }

  @POST
  @Path("{id}/merge")
  @Operation(
      summary = "Merges a person entered twice into the one kept (STAFF, ADMIN)",
      description =
          "Their places at events (one place kept where both took part) and the networks they are the contact for move to the kept person; their e-mail address, organisation and role fill the kept one's blanks; their history becomes the kept one's, with one entry for the merge. Their address then answers 301 to the kept one's. Anonymised people cannot be merged. Both versions must be those the caller read.")
  @APIResponse(responseCode = "200", description = "The kept record as it now stands")
  @APIResponse(
      responseCode = "400",
      description = "A field left out, a record merged into itself, no record to keep by that id")
  @APIResponse(responseCode = "403", description = "Not STAFF or ADMIN")
  @APIResponse(responseCode = "404", description = "No record to merge by that id")
  @APIResponse(
      responseCode = "409",
      description = "Either record changed after the versions sent were read; nothing was merged")
  public Response merge(@PathParam("id") long id, MergeJson json) {
    MergeJson merge = MergeJson.given(json);
    return Response.ok(
            toJson(merges.person(id, merge.version(), merge.into(), merge.intoVersion())))
        .build();
  }

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.PEOPLE;
  }

  @Override
  protected Registry<Person> registry() {
    return people;
  }

  @Override
  protected PersonJson toJson(Person p) {
    LawfulBasis basis = p.getLawfulBasis();
    return new PersonJson(
        p.getId(),
        p.getVersion(),
        p.getName(),
        p.getEmail(),
        idOf(p.getOrganisation()),
        p.getRole(),
        basis == null
            ? null
            : new PersonJson.LawfulBasis(
                nameOf(basis.getBasis()), basis.getSource(), basis.getRecordedOn()),
        p.isAnonymised(),
        p.getAnonymisedOn());
  }

  @Override
  protected void apply(PersonJson json, Person p, Problems problems) {
    p.setName(json.name());
    p.setEmail(json.email());
    p.setOrganisation(problems.reference("organisationId", organisations, json.organisationId()));
    p.setRole(json.role());
    p.setLawfulBasis(lawfulBasis(json.lawfulBasis(), problems));
  }

  /**
   * The basis when all three parts are given; otherwise none, which the record's own rule names.
   */
  private static LawfulBasis lawfulBasis(PersonJson.LawfulBasis json, Problems problems) {
    if (json == null) {
      return null;
    }
    LawfulBasis.Basis basis =
        problems.enumValue("lawfulBasis.basis", json.basis(), LawfulBasis.Basis.class);
    if (basis == null
        || json.source() == null
        || json.source().isBlank()
        || json.recordedOn() == null) {
      return null;
    }
    return new LawfulBasis(basis, json.source().strip(), json.recordedOn());
  }

  @GET
  @Path("duplicates")
  @Operation(
      summary = "People who are likely one entered twice",
      description =
          "Pairs with the same e-mail address in any case (reason SAME_EMAIL), then pairs of the same"
              + " name at the same organisation (SAME_NAME_AND_ORGANISATION); anonymised people are left"
              + " out; at most 200, each with both records' ids and versions. STAFF and ADMIN.")
  @APIResponse(responseCode = "200", description = "The pairs")
  @APIResponse(responseCode = "403", description = "Not STAFF or ADMIN")
  public DuplicatesJson duplicates() {
    return DuplicatesJson.ofPeople(duplicates.people());
  }

  @GET
  @Path("{id}/export")
  @Operation(
      summary = "Everything held on the person (subject access; STAFF, ADMIN)",
      description =
          "Details, lawful basis, events and the networks they are the contact for. Written to the history.")
  @APIResponse(responseCode = "200", description = "Everything held on the person")
  @APIResponse(responseCode = "403", description = "The role may not do this")
  @APIResponse(responseCode = "404", description = "No person with that id")
  public Map<String, Object> export(@PathParam("id") long id) {
    return rights.everythingHeldOn(id);
  }

  @POST
  @Path("{id}/anonymise")
  @Operation(
      summary = "Removes what identifies the person (STAFF, ADMIN)",
      description =
          "Here and in the history; their part in events and organisations stays, so counts add up.")
  @APIResponse(responseCode = "200", description = "The person as anonymised")
  @APIResponse(responseCode = "403", description = "The role may not do this")
  @APIResponse(responseCode = "404", description = "No person with that id")
  public Response anonymise(@PathParam("id") long id) {
    return Response.ok(toJson(rights.anonymise(id))).build();
  }
}
