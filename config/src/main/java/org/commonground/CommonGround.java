package org.commonground;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.commonground.app.LaunchMode;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The launcher. {@code commonground} alone starts the bot with an interactive convenor shell;
 * {@code commonground serve} runs it headless; {@code commonground <command> …} runs one command
 * against the store and exits with its status. The only class that touches the process's streams.
 */
@SpringBootApplication
public class CommonGround {

    public static void main(String[] args) {
        LaunchMode mode = LaunchMode.of(args);
        SpringApplication application = new SpringApplication(CommonGround.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setDefaultProperties(mode.defaults());
        // Arguments are the command's own; settings come from configuration and the environment.
        application.setAddCommandLineProperties(false);
        application.addInitializers(context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("launch-mode", mode.overrides())));
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("console",
                new Console(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                        new PrintWriter(System.err, true, StandardCharsets.UTF_8))));
        ConfigurableApplicationContext context = application.run(args);
        if (mode != LaunchMode.SERVE) {
            System.exit(SpringApplication.exit(context));
        }
    }

    /** Where one-off commands print: their result to standard output, a failure to standard error. */
    public record Console(PrintWriter out, PrintWriter err) {
    }
}
