package id.gcio.academy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Finding the person an admin or trainer means: never a guess between accounts. */
@QuarkusTest
class UserServiceTest {

    @Inject
    UserService users;

    @Inject
    EntityManager em;

    private long insertUser(String subject, String email) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                insert into app_user (issuer, subject, display_name, email, roles, created_at, updated_at)
                values ('https://idp.example/uji', ?1, ?1, ?2, 'peserta', ?3, ?3) returning id""")
                .setParameter(1, subject).setParameter(2, email).setParameter(3, Instant.now())
                .getSingleResult()).longValue());
    }

    @Test
    void anEmailOfOneAccountFindsThatAccount() {
        long id = insertUser("surel-tunggal", "Tunggal@Contoh.go.id");
        assertEquals(id, users.findByNipOrEmail(" tunggal@contoh.go.id ", "user").orElseThrow().id());
    }

    @Test
    void anEmailThatTwoAccountsUseIsRefusedInsteadOfPickingOne() {
        // a learner may type someone else's address into their profile; the first match could be the wrong person
        insertUser("surel-asli", "kepala.dinas@contoh.go.id");
        insertUser("surel-salinan", "kepala.dinas@contoh.go.id");
        DomainException e = assertThrows(DomainException.class,
                () -> users.findByNipOrEmail("kepala.dinas@contoh.go.id", "peserta"));
        assertEquals(422, e.status());
        assertTrue(e.fieldErrors().get("peserta").contains("NIP"), e.fieldErrors().toString());
    }

    @Test
    void anUnknownEmailFindsNobody() {
        assertTrue(users.findByNipOrEmail("tidak.ada@contoh.go.id", "user").isEmpty());
    }
}
