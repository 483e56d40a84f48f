package org.citybridge.platform.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A test that needs real containers: skipped, with the reason in the test report, where no Docker engine runs. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresDocker.Condition.class)
public @interface RequiresDocker {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (TestStack.dockerAvailable()) {
                return ConditionEvaluationResult.enabled("Docker engine available");
            }
            String reason = "SKIPPED: no Docker engine here, so the Testcontainers suite "
                    + context.getDisplayName() + " does not run; the embedded stack covers the same behaviour";
            System.err.println(reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
