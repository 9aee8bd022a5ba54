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

    /**
     * A user with the cohorts their NIP links them to (empty: no NIP, or a NIP on no roster); or, with {@code user}
     * null, a roster entry no account is linked to yet ({@code rosterEntry}: never signed in, or no NIP on a profile).
     */
    public record Found(UserService.UserRow user, List<CohortService.LearnerCohort> cohorts,
            CohortService.UnlinkedParticipant rosterEntry) {
    }

    /** What the page shows: accounts, and roster entries without one. */
    public record Result(List<Found> users, List<CohortService.UnlinkedParticipant> roster) {
    }

    @Inject
    UserService users;

    @Inject
    CohortService cohorts;

    @Transactional
    public Result lookup(String q) {
        List<Found> found = users.search(q, LIMIT).stream().map(u -> new Found(u, cohorts.forLearner(u.id()), null)).toList();
        return new Result(found, cohorts.unlinkedParticipants(q, LIMIT));
    }

    /** Accounts first, then roster entries without an account (the API's flat list). */
    @Transactional
    public List<Found> search(String q) {
        Result r = lookup(q);
        List<Found> all = new java.util.ArrayList<>(r.users());
        r.roster().forEach(p -> all.add(new Found(null, List.of(), p)));
        return all;
    }
}
