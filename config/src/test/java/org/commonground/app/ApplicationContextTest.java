package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonground.core.CoreServices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.command.CommandRegistry;

/** The application starts on an in-memory database, wired, with every contract command registered. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:smoke;DB_CLOSE_DELAY=-1")
class ApplicationContextTest {

    static final List<String> CONTRACT = List.of("status", "chats", "round open", "round list", "round close",
            "contributions", "contribution move", "themes", "summary show", "summary post", "import", "export",
            "collate", "member forget", "demo", "serve");

    @Autowired
    CommandRegistry registry;
    @Autowired
    CoreServices core;
    @Autowired
    LaunchMode mode;

    @Test
    void startsWiredWithTheContractCommandsAndWithoutTheBotInAOneOffProcess() {
        assertThat(CONTRACT).allSatisfy(name -> assertThat(registry.getCommandByName(name)).as(name).isNotNull());
        assertThat(mode).isEqualTo(LaunchMode.ONE_OFF);
        assertThat(core.runtime().running()).isFalse();
    }
}
