package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A funder's grant programme (360Giving: Grant Programme). */
@JsonbPropertyOrder({"id", "version"})
public record ProgrammeJson(
    Long id, Long version, String title, String code, Long funderId, String description)
    implements Representation {}
