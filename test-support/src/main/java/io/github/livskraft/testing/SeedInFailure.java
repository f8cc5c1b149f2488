package io.github.livskraft.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Puts the failing case's seed and the command-line switch that reruns it at the front of the failure message,
 * whatever the report shows as the test's name.
 */
public final class SeedInFailure implements TestExecutionExceptionHandler {
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    String name = context.getDisplayName();
    if (!name.startsWith("seed=0x")) {
      throw failure;
    }
    String seed = name.substring("seed=".length());
    String where = context.getTestMethod().map(m -> m.getDeclaringClass().getSimpleName() + "#" + m.getName())
        .orElse("?");
    AssertionError wrapped = new AssertionError("Property failed for " + name + " (rerun: -Dtest=" + where + " -D"
        + GenCasesProvider.SEED_PROPERTY + "=" + seed + "): " + failure, failure);
    throw wrapped;
  }
}
