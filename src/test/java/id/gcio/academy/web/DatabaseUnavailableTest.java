package id.gcio.academy.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which SQL failures mean "the database cannot be reached" (503) and which are a fault of the request (500). */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAndServerShutdownsAreOutages() {
        for (String state : new String[] {"08001", "08006", "08003", "57P01", "57P02", "57P03", "53300"}) {
            assertNotNull(DatabaseUnavailable.cause(new PersistenceException(new SQLException("x", state))), state);
        }
    }

    @Test
    void thePoolsAcquisitionTimeoutIsAnOutage() {
        // Agroal's message when no connection could be had within the acquisition timeout; it has no SQL state
        assertNotNull(DatabaseUnavailable.cause(new IllegalStateException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void faultsOfTheRequestAreNot() {
        assertNull(DatabaseUnavailable.cause(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertNull(DatabaseUnavailable.cause(new PersistenceException(new SQLException("syntax error", "42601"))));
        assertNull(DatabaseUnavailable.cause(new PersistenceException(new SQLException("no state"))));
        assertNull(DatabaseUnavailable.cause(new IllegalStateException("not SQL at all")));
    }
}
