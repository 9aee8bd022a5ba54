package id.gcio.academy.reporting;

import id.gcio.academy.cohort.CohortService;
import id.gcio.academy.identity.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Admins looking someone up for support ("I cannot see my courses"): the account as the identity provider last
 * described it, whether the profile is complete, and the cohorts the account is linked to through its NIP.
 */
@ApplicationScoped
public class UserLookupService {

    static final int LIMIT = 50;

    /** A user with the cohorts their NIP links them to (empty: no NIP, or a NIP on no roster). */
    public record Found(UserService.UserRow user, List<CohortService.LearnerCohort> cohorts) {
    }

    @Inject
    UserService users;

    @Inject
    CohortService cohorts;

    @Transactional
    public List<Found> search(String q) {
        return users.search(q, LIMIT).stream().map(u -> new Found(u, cohorts.forLearner(u.id()))).toList();
    }
}
