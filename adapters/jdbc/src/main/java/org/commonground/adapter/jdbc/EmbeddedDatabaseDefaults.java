package org.commonground.adapter.jdbc;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Prepares the embedded database before anything opens it: binds H2's mixed-mode server to loopback,
 * and, when no {@code spring.datasource.url} is configured anywhere, uses a file database under
 * {@code ./data/} in automatic mixed mode, so that one-off commands work while the bot runs. Runs
 * last among the environment post-processors, when every configured source is known.
 */
public final class EmbeddedDatabaseDefaults implements EnvironmentPostProcessor, Ordered {

    static final String URL_PROPERTY = "spring.datasource.url";
    static final String DEFAULT_URL = "jdbc:h2:file:./data/commonground;AUTO_SERVER=TRUE";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        H2Loopback.bind();
        if (!environment.containsProperty(URL_PROPERTY)) {
            environment.getPropertySources()
                    .addLast(new MapPropertySource("commonground-database", Map.of(URL_PROPERTY, DEFAULT_URL)));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
