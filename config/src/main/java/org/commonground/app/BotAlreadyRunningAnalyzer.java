package org.commonground.app;

import org.commonground.core.BotAlreadyRunningException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly, without a stack trace, why a second bot on one database would not start. */
public class BotAlreadyRunningAnalyzer extends AbstractFailureAnalyzer<BotAlreadyRunningException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BotAlreadyRunningException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other bot first, or send it commands from here, for example: ./commonground round list",
                cause);
    }
}
