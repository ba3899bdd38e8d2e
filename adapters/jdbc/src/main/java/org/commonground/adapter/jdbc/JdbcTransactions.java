package org.commonground.adapter.jdbc;

import java.util.function.Supplier;

import org.commonground.core.port.Transactions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Units of work as Spring transactions. The template's default propagation, REQUIRED, makes a nested
 * call join the outer transaction; an exception out of the work rolls the whole unit back.
 */
public final class JdbcTransactions implements Transactions {

    private final TransactionTemplate template;

    public JdbcTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
