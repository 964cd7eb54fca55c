package org.coproduction.landscape.event;

/** The kind of gathering. */
public enum EventType {
  ROUNDTABLE,
  PUBLIC_EVENT,
  WORKSHOP,
  WEBINAR,
  CONFERENCE
}
