package id.gcio.academy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void titlesCaseAndPunctuationDoNotMatter() {
        assertTrue(PersonName.samePerson("Dr. Ir. Hj. Siti Rahmawati, M.T.", "SITI RAHMAWATI"));
        assertTrue(PersonName.samePerson("Budi Santoso, S.Kom., M.T.", "budi  santoso"));
        assertTrue(PersonName.samePerson("H Ahmad Ma'ruf SE", "Ahmad Maruf"));
        assertTrue(PersonName.samePerson("Prof. Dr. Réné Susanto, Ph.D.", "Rene Susanto"));
    }

    @Test
    void differentWordsAreDifferentPeople() {
        assertFalse(PersonName.samePerson("Siti Rahmawati, M.T.", "Siti Rahma"));
        assertFalse(PersonName.samePerson("Budi Santoso", "Santoso Budi"));
        assertFalse(PersonName.samePerson("Budi Santoso", "Nama Lain"));
    }

    @Test
    void aNameOfTitlesOnlyMatchesNothing() {
        assertEquals("", PersonName.key("Dr. Ir., M.T."));
        assertFalse(PersonName.samePerson("Dr. Ir.", "Dr. Ir."));
        assertFalse(PersonName.samePerson(null, null));
    }
}
