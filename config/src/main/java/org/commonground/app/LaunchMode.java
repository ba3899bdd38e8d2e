package org.commonground.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** How the process was started, read from its arguments, and the settings that follow from it. */
public enum LaunchMode {
    /** No arguments: the bot runs, with the interactive convenor shell on this terminal. */
    INTERACTIVE,
    /** {@code serve}: the bot runs headless until stopped. */
    SERVE,
    /** {@code demo}: the bot runs on a scratch in-memory database just long enough to replay the demo. */
    DEMO,
    /** Any other command: it runs against the store and the process exits; the running bot delivers. */
    ONE_OFF,
    /** Commands that need no database at all, such as {@code collate}: the database is never opened. */
    OFFLINE;

    private static final Set<String> OFFLINE_COMMANDS = Set.of("collate", "help", "version", "--help", "-h");

    public static LaunchMode of(String[] args) {
        if (args.length == 0) {
            return INTERACTIVE;
        }
        String first = args[0].strip();
        if (first.equals("serve")) {
            return SERVE;
        }
        if (first.equals("demo")) {
            return DEMO;
        }
        return OFFLINE_COMMANDS.contains(first) ? OFFLINE : ONE_OFF;
    }

    /** Whether this process connects to the platforms and delivers the outbox. */
    public boolean runsBot() {
        return this == INTERACTIVE || this == SERVE || this == DEMO;
    }

    /** What this mode requires; these override any configuration. */
    public Map<String, Object> overrides() {
        Map<String, Object> p = new HashMap<>();
        p.put("commonground.mode", name());
        // Our own console runners replace Spring Shell's: they keep quoting intact and exit with a status.
        p.put("spring.shell.interactive.enabled", "false");
        // Only the interactive shell keeps a history, beside the database.
        p.put("spring.shell.history.enabled", String.valueOf(this == INTERACTIVE));
        if (this == DEMO) {
            p.put("spring.datasource.url", "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1");
        }
        if (this == OFFLINE) {
            p.put("spring.flyway.enabled", "false");
        }
        return p;
    }

    /** Defaults for this mode, below every configuration file and the environment. */
    public Map<String, Object> defaults() {
        return Map.of("logging.threshold.console", this == SERVE ? "INFO" : "WARN");
    }
}
