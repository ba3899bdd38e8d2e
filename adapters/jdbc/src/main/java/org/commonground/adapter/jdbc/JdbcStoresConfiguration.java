package org.commonground.adapter.jdbc;

import org.commonground.core.openspace.OpenSpaceServices;
import org.commonground.core.port.ChatStore;
import org.commonground.core.port.CollationMemory;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.GatheringStore;
import org.commonground.core.port.InboundLog;
import org.commonground.core.port.MemberStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.RoundStore;
import org.commonground.core.port.ThemeStore;
import org.commonground.core.port.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * The stores on the {@link JdbcClient} and transaction manager that Spring Boot configures for the
 * application's data source; Boot's Flyway auto-configuration migrates the schema at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class JdbcStoresConfiguration {

    @Bean
    GatheringStore gatheringStore(JdbcClient jdbc) {
        return new JdbcGatheringStore(jdbc);
    }

    @Bean
    RoundStore roundStore(JdbcClient jdbc) {
        return new JdbcRoundStore(jdbc, Ticker.systemTicker());
    }

    @Bean
    ContributionStore contributionStore(JdbcClient jdbc) {
        return new JdbcContributionStore(jdbc);
    }

    @Bean
    ThemeStore themeStore(JdbcClient jdbc) {
        return new JdbcThemeStore(jdbc);
    }

    @Bean
    MemberStore memberStore(JdbcClient jdbc) {
        return new JdbcMemberStore(jdbc, Ticker.systemTicker());
    }

    @Bean
    ChatStore chatStore(JdbcClient jdbc) {
        return new JdbcChatStore(jdbc, Ticker.systemTicker());
    }

    @Bean
    OutboxStore outboxStore(JdbcClient jdbc) {
        return new JdbcOutboxStore(jdbc);
    }

    @Bean
    InboundLog inboundLog(JdbcClient jdbc) {
        return new JdbcInboundLog(jdbc);
    }

    @Bean
    CollationMemory collationMemory(JdbcClient jdbc) {
        return new JdbcCollationMemory(jdbc, Ticker.systemTicker());
    }

    @Bean
    OpenSpaceServices.Stores openSpaceStores(JdbcClient jdbc) {
        return new OpenSpaceServices.Stores(new JdbcOpenSpaceStore(jdbc), new JdbcSessionStore(jdbc),
                new JdbcCardStore(jdbc), new JdbcNoteStore(jdbc), new JdbcReminderStore(jdbc));
    }

    @Bean
    Transactions transactions(PlatformTransactionManager transactionManager) {
        return new JdbcTransactions(new TransactionTemplate(transactionManager));
    }
}
