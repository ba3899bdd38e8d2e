package org.commonground.adapter.jdbc;

import java.time.Duration;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * A cache for a hot lookup of rows that can change. Other processes (a one-off convenor command while
 * the bot runs) write to the same database without telling this one, so an entry lives only
 * {@link #FRESH_FOR}: their writes are seen within that time. This process's own writes drop the
 * entry at once, and again when the writing transaction ends, so that a value another thread read
 * before the commit does not outlive it.
 */
final class LookupCache<K, V> {

    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final Cache<K, V> cache;

    LookupCache(Ticker ticker, long maximumSize) {
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(FRESH_FOR)
                .maximumSize(maximumSize)
                .build();
    }

    V get(K key, Function<K, V> load) {
        return cache.get(key, load);
    }

    void invalidate(K key) {
        dropNowAndAfterTransaction(() -> cache.invalidate(key));
    }

    void invalidateAll() {
        dropNowAndAfterTransaction(cache::invalidateAll);
    }

    private static void dropNowAndAfterTransaction(Runnable drop) {
        drop.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    drop.run();
                }
            });
        }
    }
}
