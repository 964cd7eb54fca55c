package org.coproduction.landscape.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

  /** A clock the test moves by hand. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-01-01T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final TestClock clock = new TestClock();
  private final SignInAttempts attempts = new SignInAttempts(clock);

  @Test
  void theFifthFailureInARowLocksTheUsernameForFifteenMinutes() {
    for (int i = 1; i < SignInAttempts.LIMIT; i++) {
      attempts.failed("Jane");
      assertTrue(attempts.lockedFor("jane").isZero(), "not locked after " + i);
    }
    attempts.failed(" jane ");
    assertEquals(SignInAttempts.LOCK, attempts.lockedFor("JANE"));
    clock.now = clock.now.plus(Duration.ofMinutes(14));
    assertEquals(Duration.ofMinutes(1), attempts.lockedFor("jane"));
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertTrue(attempts.lockedFor("jane").isZero());
    attempts.failed("jane");
    assertTrue(attempts.lockedFor("jane").isZero(), "a new run of failures starts after the lock");
  }

  @Test
  void aSuccessOrTheEndOfTheWindowEndsTheRun() {
    for (int i = 0; i < SignInAttempts.LIMIT - 1; i++) {
      attempts.failed("sam");
    }
    attempts.succeeded("sam");
    attempts.failed("sam");
    assertTrue(attempts.lockedFor("sam").isZero());

    for (int i = 0; i < SignInAttempts.LIMIT - 2; i++) {
      attempts.failed("sam");
    }
    clock.now = clock.now.plus(SignInAttempts.WINDOW).plusSeconds(1);
    attempts.failed("sam");
    assertTrue(attempts.lockedFor("sam").isZero());
  }

  @Test
  void usernamesAreLockedOneByOne() {
    for (int i = 0; i < SignInAttempts.LIMIT; i++) {
      attempts.failed("mallory");
    }
    assertFalse(attempts.lockedFor("mallory").isZero());
    assertTrue(attempts.lockedFor("alice").isZero());
  }

  @Test
  void theLogNamesAnOpaqueHintNeverTheUsername() {
    List<LogRecord> records = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(SignInAttempts.class.getName());
    logger.addHandler(handler);
    try {
      for (int i = 0; i < SignInAttempts.LIMIT; i++) {
        attempts.failed("correct-horse-battery");
      }
    } finally {
      logger.removeHandler(handler);
    }
    assertEquals(SignInAttempts.LIMIT, records.size());
    String hint = attempts.hint("correct-horse-battery");
    for (LogRecord r : records) {
      assertFalse(r.getMessage().contains("correct-horse-battery"), r.getMessage());
      assertTrue(r.getMessage().contains(hint), r.getMessage());
    }
    assertTrue(records.get(records.size() - 1).getMessage().startsWith("Sign-in locked"));
    assertNotEquals(attempts.hint("alice"), hint);
  }
}
