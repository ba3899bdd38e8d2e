package org.commonground.adapter.jdbc;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** An application of the stores alone, started as the real one is: Boot's auto-configuration plus the stores. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(JdbcStoresConfiguration.class)
class StoresApplication {
}
