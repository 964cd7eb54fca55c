package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.coproduction.landscape.platform.InvalidRecordException;

/**
 * A merge asked for: the record to keep ({@code into}), and the versions of both as the caller read
 * them (the duplicates' answer gives them), so that a merge of records changed since is refused.
 */
@JsonbPropertyOrder({"into", "version", "intoVersion"})
public record MergeJson(Long into, Long version, Long intoVersion) {

  /** Every field left out, named at once. */
  void requireWhole() {
    Problems problems = new Problems();
    if (into == null) {
      problems.add("into", "Name the record to keep by its id");
    }
    if (version == null) {
      problems.add("version", "Send the version you read of the record to merge");
    }
    if (intoVersion == null) {
      problems.add("intoVersion", "Send the version you read of the record to keep");
    }
    problems.throwIfAny();
  }

  /** The body, or a message naming it when there is none. */
  static MergeJson given(MergeJson json) {
    if (json == null) {
      throw new InvalidRecordException(
          "body", "Send {\"into\": id, \"version\": v, \"intoVersion\": w} as JSON");
    }
    json.requireWhole();
    return json;
  }
}
