package org.commonground.adapter.jdbc;

import org.h2.engine.SysProperties;

/**
 * Keeps H2's automatic mixed mode on this machine. With {@code AUTO_SERVER=TRUE} the first process to
 * open a file database starts a TCP server through which later processes share it; that server listens
 * on every interface unless the system property {@code h2.bindAddress} names one. H2 reads the property
 * once, when its {@code SysProperties} class is initialised, so it has to be set before the first
 * connection is opened: {@link EmbeddedDatabaseDefaults} calls {@link #bind()} as the application starts.
 */
public final class H2Loopback {

    static final String PROPERTY = "h2.bindAddress";
    static final String LOOPBACK = "127.0.0.1";

    private H2Loopback() {
    }

    /**
     * Binds H2's servers to the loopback address.
     *
     * @throws IllegalStateException if H2 was initialised earlier with another address, when it is
     *                               too late to change it
     */
    public static void bind() {
        System.setProperty(PROPERTY, LOOPBACK);
        String used = SysProperties.BIND_ADDRESS;
        if (!LOOPBACK.equals(used)) {
            throw new IllegalStateException("H2 was started before its server could be bound to " + LOOPBACK
                    + "; it would listen on " + (used == null ? "every interface" : used) + ".");
        }
    }
}
