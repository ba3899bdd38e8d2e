package org.commonground.core.port;

import java.util.function.Supplier;

/**
 * Runs work atomically against the stores: either all of its writes happen or none do. Nested calls
 * join the outer unit of work.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
