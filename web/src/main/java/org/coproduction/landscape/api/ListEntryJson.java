package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An entry of a list that staff keep (a sector, a theme): the code other records use, and its name.
 */
@JsonbPropertyOrder({"id", "version"})
public record ListEntryJson(Long id, Long version, String code, String name)
    implements Representation {}
