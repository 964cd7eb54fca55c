package org.coproduction.landscape.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Closing a network: the version read, the date and the reason, the network that carries on
 * (optional), and the lessons it leaves, each under a theme code; each lesson becomes an insight
 * about the network.
 */
public record ClosingJson(
    Long version, LocalDate closedOn, String reason, Long successorId, List<Lesson> lessons) {

  public record Lesson(String text, String theme) {}
}
