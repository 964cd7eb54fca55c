package org.coproduction.landscape.api;

import java.time.Instant;
import org.coproduction.landscape.audit.AuditEntry;

/**
 * One change in a record's history: when, who, what was done, and the fields that changed ("field:
 * a -> b").
 */
public record AuditEntryJson(
    Instant at, String actor, String action, String recordLabel, String changes) {

  static AuditEntryJson of(AuditEntry e) {
    return new AuditEntryJson(
        e.getAt(), e.getActor(), e.getAction().name(), e.getRecordLabel(), e.getChanges());
  }
}
