package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An organisation: its Org-ID identifiers (GB-CHC-1164883...), the parts it plays (FUNDER,
 * NETWORK_HOST...), and the nation or English region where it is based, by GSS code.
 */
@JsonbPropertyOrder({"id", "version"})
public record OrganisationJson(
    Long id,
    Long version,
    String name,
    String type,
    List<String> identifiers,
    List<String> roles,
    String website,
    String area,
    String description)
    implements Representation {}
