package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.adapter.jdbc.TestDatabase.T0;

import java.util.List;
import java.util.UUID;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Round;
import org.commonground.core.port.ChatStore;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.GatheringStore;
import org.commonground.core.port.InboundLog;
import org.commonground.core.port.MemberStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.RoundStore;
import org.commonground.core.port.ThemeStore;
import org.commonground.core.port.Transactions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

class JdbcStoresConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
                    FlywayAutoConfiguration.class))
            .withUserConfiguration(JdbcStoresConfiguration.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID());

    @Test
    void declaresEveryStoreAndTransactionsOnBootsDataSourceMigratedByFlyway() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            for (Class<?> port : List.of(GatheringStore.class, RoundStore.class, ContributionStore.class,
                    ThemeStore.class, MemberStore.class, ChatStore.class, OutboxStore.class, InboundLog.class,
                    Transactions.class)) {
                assertThat(context).hasSingleBean(port);
            }
            ChatRef chat = ChatRef.parse("local:main");
            Round round = context.getBean(Transactions.class).inTransaction(() -> {
                long gathering = context.getBean(GatheringStore.class).findOrCreate(List.of(chat), "local").id();
                return context.getBean(RoundStore.class).create(gathering, List.of(chat), "What could we do?",
                        Category.IDEA, T0, null);
            });
            assertThat(context.getBean(RoundStore.class).openIn(chat)).containsExactly(round);
        });
    }
}
