package org.citybridge.platform.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the shared {@link TestStack} before Spring loads a context, and skips the suite, saying why,
 * when Testcontainers were asked for but no Docker engine is there.
 */
public class TestStackExtension implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestStack.requestedMode() == TestStack.Mode.CONTAINERS && !TestStack.dockerAvailable()) {
            String reason = "SKIPPED: citybridge.test.stack=containers needs a Docker engine and none is available; "
                    + "run without it to use the embedded stack";
            System.err.println(reason + " (" + context.getDisplayName() + ")");
            return ConditionEvaluationResult.disabled(reason);
        }
        TestStack.get();
        return ConditionEvaluationResult.enabled("test stack " + TestStack.requestedMode());
    }
}
