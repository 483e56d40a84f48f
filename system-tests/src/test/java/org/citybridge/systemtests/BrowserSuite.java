package org.citybridge.systemtests;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For the browser tests: skips the class with a clear message where no Chromium is installed (before any suite is
 * started for it), and says where the pages are. With {@code -Dcitybridge.web.url=http://localhost:8080} they run
 * against a suite that is already up (a developer's, while writing pages); without it, against the suite
 * {@link LaunchedSuite} starts, which the class must also extend with.
 */
final class BrowserSuite implements ExecutionCondition {

    static final String EXISTING = "citybridge.web.url";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Browser.available() ? ConditionEvaluationResult.enabled("Chromium found at " + Browser.CHROMIUM)
                : ConditionEvaluationResult.disabled(Browser.MISSING);
    }

    /** The suite's address as a browser uses it. */
    static String url() {
        String existing = System.getProperty(EXISTING);
        return existing != null && !existing.isBlank() ? existing.replaceAll("/+$", "")
                : LaunchedSuite.launcher().gateway();
    }

    /** Whether the tests run against a suite started elsewhere (nothing to start or stop here). */
    static boolean existing() {
        String existing = System.getProperty(EXISTING);
        return existing != null && !existing.isBlank();
    }
}
