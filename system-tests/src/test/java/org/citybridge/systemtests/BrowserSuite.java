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

    /**
     * The gateway's API for setting up data: {@code -Dcitybridge.api.url} when the pages under test run apart from
     * the gateway (a developer's own web process), else the pages' address (the gateway serves both).
     */
    static String api() {
        String api = System.getProperty("citybridge.api.url");
        return api != null && !api.isBlank() ? api.replaceAll("/+$", "") : url();
    }

    /** An access token for a demo user (password "demo"), from identity as scripts/token.sh gets it. */
    static String token(String user) {
        if (!existing()) {
            return LaunchedSuite.launcher().token(user);
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(Repository.root().resolve("scripts/token.sh").toString(), user)
                    .redirectErrorStream(true);
            builder.environment().put("CITYBRIDGE_URL", api());
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("token for " + user + " failed: " + output);
            }
            return output.trim();
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether the tests run against a suite started elsewhere (nothing to start or stop here). */
    static boolean existing() {
        String existing = System.getProperty(EXISTING);
        return existing != null && !existing.isBlank();
    }
}
