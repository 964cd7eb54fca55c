package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.coproduction.landscape.duplicates.Duplicates;
import org.coproduction.landscape.organisation.OrgId;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.people.Person;

/**
 * The likely duplicates as a script reads them: each pair with why it looks like one record, the
 * two records as much as staff need to tell them apart (with their versions, for a merge), and
 * whether names were also compared by similarity here.
 */
@JsonbPropertyOrder({"similarity", "comparesSimilarNames", "pairs"})
public record DuplicatesJson(Double similarity, boolean comparesSimilarNames, List<Pair> pairs) {

  /** Two records that look like one. */
  @JsonbPropertyOrder({"reason", "similarity", "a", "b"})
  public record Pair(String reason, Double similarity, Side a, Side b) {}

  /** One record of a pair. */
  @JsonbPropertyOrder({"id", "version", "name", "identifiers", "email", "organisation", "href"})
  public record Side(
      long id,
      long version,
      String name,
      List<String> identifiers,
      String email,
      String organisation,
      String href) {}

  static DuplicatesJson ofOrganisations(
      double similarity, boolean alike, List<Duplicates.OrganisationPair> pairs) {
    return new DuplicatesJson(
        similarity,
        alike,
        pairs.stream()
            .map(p -> new Pair(p.reason().name(), p.similarity(), side(p.a()), side(p.b())))
            .toList());
  }

  static DuplicatesJson ofPeople(List<Duplicates.PersonPair> pairs) {
    return new DuplicatesJson(
        null,
        false,
        pairs.stream()
            .map(p -> new Pair(p.reason().name(), null, side(p.a()), side(p.b())))
            .toList());
  }

  private static Side side(Organisation o) {
    return new Side(
        o.getId(),
        o.getVersion(),
        o.getName(),
        o.getIdentifiers().stream().map(OrgId::value).sorted().toList(),
        null,
        null,
        "/api/organisations/" + o.getId());
  }

  private static Side side(Person p) {
    return new Side(
        p.getId(),
        p.getVersion(),
        p.getName(),
        null,
        p.getEmail(),
        p.getOrganisation() == null ? null : p.getOrganisation().getName(),
        "/api/people/" + p.getId());
  }
}
