package org.coproduction.landscape.event;

/** The part a person played at an event. */
public enum ParticipantRole {
  HOST,
  FACILITATOR,
  SPEAKER,
  PARTICIPANT
}
