package org.commonground.app;

import org.commonground.core.BotRuntime;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the running bot once the application is up and stops it first on shutdown, so that
 * delivery ends before the database closes. In a one-off process it does nothing.
 */
public final class BotLifecycle implements SmartLifecycle {

    private final BotRuntime runtime;
    private final boolean enabled;

    public BotLifecycle(BotRuntime runtime, boolean enabled) {
        this.runtime = runtime;
        this.enabled = enabled;
    }

    @Override
    public void start() {
        if (enabled) {
            runtime.start();
        }
    }

    @Override
    public void stop() {
        runtime.close();
    }

    @Override
    public boolean isRunning() {
        return runtime.running();
    }
}
