package io.github.regkit;

/** Whether an obligation commands, forbids or permits. */
public enum DutyKind {
  MUST,
  MUST_NOT,
  MAY
}
