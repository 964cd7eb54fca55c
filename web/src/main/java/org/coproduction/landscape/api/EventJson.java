package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An event; times are UK local time (2020-11-19T10:00). Each participant is a person with a role
 * (HOST, FACILITATOR, SPEAKER, PARTICIPANT) and the organisation they stood for at the time
 * (optional). {@code areas} are the GSS codes of the areas it served; {@code followsOnId} is the
 * earlier event it continues, and {@code followedByIds} (read only) the later events that continue
 * it, earliest first.
 */
@JsonbPropertyOrder({"id", "version"})
public record EventJson(
    Long id,
    Long version,
    String title,
    String type,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    @JsonbTypeDeserializer(StrictBoolean.class) Boolean online,
    String venue,
    List<String> areas,
    Long convenorId,
    List<Participant> participants,
    List<Long> networkIds,
    List<String> themes,
    String outcomes,
    String followUps,
    String recordingUrl,
    Long followsOnId,
    List<Long> followedByIds,
    String description)
    implements Representation {

  public record Participant(Long personId, String role, Long organisationId) {}
}
