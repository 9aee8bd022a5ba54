package id.gcio.academy.cohort;

import id.gcio.academy.identity.UserService;
import id.gcio.academy.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Partner organisations and their members, managed by admins. */
@ApplicationScoped
public class PartnerService {

    /** A partner with its members' names. */
    public record PartnerView(String code, String name, List<String> members) {
    }

    @Inject
    UserService users;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public List<PartnerView> list() {
        return Partner.<Partner>list("order by code").stream().map(this::view).toList();
    }

    @Transactional
    public PartnerView create(String code, String name) {
        Map<String, String> errors = new LinkedHashMap<>();
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!ProgrammeContent.CODE.matcher(c).matches()) {
            errors.put("code", "Kode mitra: huruf besar, angka dan '-', 2–40 karakter.");
        } else if (Partner.findByCode(c).isPresent()) {
            errors.put("code", "Kode mitra " + c + " sudah dipakai.");
        }
        if (name == null || name.isBlank() || name.length() > 300) {
            errors.put("name", "Nama mitra wajib diisi (maksimal 300 karakter).");
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Partner p = new Partner();
        p.code = c;
        p.name = name.trim();
        p.createdAt = clock.instant();
        p.persist();
        return view(p);
    }

    @Transactional
    public PartnerView addMember(String code, String user) {
        Partner p = Partner.findByCode(code == null ? "" : code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> DomainException.notFound("Mitra tidak ditemukan."));
        var u = users.findByNipOrEmail(user, "user").orElseThrow(() -> DomainException.invalid(Map.of("user",
                "Pengguna dengan e-mail atau NIP itu belum pernah masuk ke akademi.")));
        em.createNativeQuery("insert into partner_member (partner_id, user_id, added_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, p.id).setParameter(2, u.id()).setParameter(3, clock.instant()).executeUpdate();
        return view(p);
    }

    private PartnerView view(Partner p) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("""
                select u.display_name from partner_member m join app_user u on u.id = m.user_id
                where m.partner_id = ?1 order by u.display_name""").setParameter(1, p.id).getResultList();
        return new PartnerView(p.code, p.name, names);
    }
}
