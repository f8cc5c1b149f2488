package io.github.livskraft.plan;

/** Where an {@link SdgLink} came from. */
public enum LinkProvenance {
  /** Set by a person. */
  MANUAL,
  /** Set by a rule (the rule ids are in {@link SdgLink#ruleIds()}). */
  RULE,
  /** Proposed by the text tagger and not (yet) accepted; never part of a plan unless accepted. */
  SUGGESTED,
  /** Proposed by the text tagger and accepted by a person. */
  ACCEPTED_SUGGESTION
}
