package id.gcio.academy.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a failure to reach PostgreSQL (down, restarting, failing over, or every pooled connection busy past the pool's
 * acquisition timeout) from a fault in the request itself: the first is answered 503 with Retry-After, so readers see
 * "try again in a moment", quiz answers saved in the background are retried, and the log gets one line instead of a
 * stack trace per request.
 */
final class DatabaseUnavailable {

    /** 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 53300 too many connections. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    /** The SQL failure in {@code e}'s causes that says the database cannot be reached, if there is one. */
    static SQLException cause(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = t.getCause()) {
            if (t instanceof SQLException sql && unavailable(sql)) {
                return sql;
            }
        }
        return null;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || STATES.contains(state); // class 08: connection exception
        }
        // Agroal's pool: every connection busy (or none could be opened) within the acquisition timeout
        return e instanceof SQLTransientConnectionException
                || (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout"));
    }
}
