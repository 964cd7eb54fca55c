package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * Something the field learned, under a theme code, from an event or about networks, with sectors
 * and areas.
 */
@JsonbPropertyOrder({"id", "version"})
public record InsightJson(
    Long id,
    Long version,
    String text,
    String theme,
    Long eventId,
    List<Long> networkIds,
    List<String> sectors,
    List<String> areas,
    LocalDate recordedOn,
    String source)
    implements Representation {}
