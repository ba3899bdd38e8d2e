package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

class EmbeddedDatabaseDefaultsTest {

    private final StandardEnvironment environment = new StandardEnvironment();

    @Test
    void isRegisteredToRunAsEveryApplicationStarts() {
        // Others registered need Boot's start-up to be made; only whether ours is listed matters here.
        FailureHandler skipOthers = FailureHandler.handleMessage((message, failure) -> { });

        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(EnvironmentPostProcessor.class, skipOthers))
                .hasAtLeastOneElementOfType(EmbeddedDatabaseDefaults.class);
    }

    @Test
    void bindsH2ToLoopback() {
        System.clearProperty(H2Loopback.PROPERTY);

        new EmbeddedDatabaseDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(System.getProperty(H2Loopback.PROPERTY)).isEqualTo("127.0.0.1");
    }

    @Test
    void defaultsToAFileDatabaseInAutomaticMixedMode() {
        new EmbeddedDatabaseDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:h2:file:./data/commonground;AUTO_SERVER=TRUE");
    }

    @Test
    void aConfiguredUrlWinsEvenFromTheLowestSource() {
        environment.getPropertySources().addLast(new MapPropertySource("defaultProperties",
                Map.of("spring.datasource.url", "jdbc:h2:mem:configured")));

        new EmbeddedDatabaseDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:configured");
    }
}
