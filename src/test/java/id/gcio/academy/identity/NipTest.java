package id.gcio.academy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.gcio.academy.identity.Nip.InvalidNipException;
import id.gcio.academy.identity.Nip.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NipTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Problem problemOf(String input) {
        return assertThrows(InvalidNipException.class, () -> Nip.parse(input, TODAY)).problem();
    }

    @Test
    void acceptsWellFormedNipWrittenWithSpaces() {
        Nip nip = Nip.parse("19860926 201505 1 001", TODAY);
        assertEquals("198609262015051001", nip.value());
        assertEquals("19860926 201505 1 001", nip.formatted());
    }

    @Test
    void acceptsFemaleNipWithoutSpaces() {
        assertEquals("197805122003122003", Nip.parse("197805122003122003", TODAY).value());
    }

    @Test
    void rejectsEmptyInput() {
        assertEquals(Problem.EMPTY, problemOf("  "));
    }

    @Test
    void rejectsLettersAndPunctuation() {
        assertEquals(Problem.NOT_DIGITS, problemOf("19860926-201505-1-001"));
    }

    @Test
    void rejectsWrongLength() {
        assertEquals(Problem.WRONG_LENGTH, problemOf("19860926 201505 1 01"));
    }

    @Test
    void rejectsImpossibleBirthDate() {
        assertEquals(Problem.BAD_BIRTH_DATE, problemOf("19860231 201505 1 001"));
    }

    @Test
    void rejectsBirthDateInTheFuture() {
        assertEquals(Problem.BAD_BIRTH_DATE, problemOf("20301201 204505 1 001"));
    }

    @Test
    void rejectsImpossibleAppointmentMonth() {
        assertEquals(Problem.BAD_APPOINTMENT, problemOf("19860926 201513 1 001"));
    }

    @Test
    void rejectsAppointmentBeforeTheBirthDate() {
        assertEquals(Problem.APPOINTMENT_BEFORE_ADULTHOOD, problemOf("19860926 198001 1 001"));
    }

    @Test
    void rejectsAppointmentBeforeEighteenthBirthday() {
        assertEquals(Problem.APPOINTMENT_BEFORE_ADULTHOOD, problemOf("19860926 200401 1 001"));
    }

    @Test
    void rejectsAppointmentInTheFuture() {
        assertEquals(Problem.APPOINTMENT_IN_FUTURE, problemOf("19860926 202701 1 001"));
    }

    @Test
    void rejectsAppointmentAtImplausibleAge() {
        assertEquals(Problem.APPOINTMENT_TOO_LATE, problemOf("19400101 201505 1 001"));
    }

    @Test
    void rejectsGenderDigitOtherThanOneOrTwo() {
        assertEquals(Problem.BAD_GENDER, problemOf("19860926 201505 3 001"));
    }

    @Test
    void rejectsSequenceZero() {
        assertEquals(Problem.BAD_SEQUENCE, problemOf("19860926 201505 1 000"));
    }

    @Test
    void messagesAreInBahasaIndonesia() {
        assertEquals("NIP harus 18 digit.", Problem.WRONG_LENGTH.message());
    }
}
