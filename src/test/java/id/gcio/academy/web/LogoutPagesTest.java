package id.gcio.academy.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogoutPagesTest {

    static final String SELF = "https://akademi.kaltimprov.go.id";

    @Test
    void aFormFromThisSiteMaySignOut() {
        assertFalse(LogoutPages.fromElsewhere(SELF, "same-origin", SELF));
        assertFalse(LogoutPages.fromElsewhere("https://AKADEMI.kaltimprov.go.id", null, SELF));
        assertFalse(LogoutPages.fromElsewhere(null, null, SELF), "old browsers send neither header; SameSite still holds");
    }

    @Test
    void aFormFromAnotherSiteMayNot() {
        assertTrue(LogoutPages.fromElsewhere("https://evil.example", null, SELF));
        assertTrue(LogoutPages.fromElsewhere("http://akademi.kaltimprov.go.id", null, SELF), "another scheme is another origin");
        assertTrue(LogoutPages.fromElsewhere(null, "cross-site", SELF));
        assertTrue(LogoutPages.fromElsewhere(null, "same-site", SELF), "a sibling subdomain is another origin");
        assertTrue(LogoutPages.fromElsewhere("null", null, SELF), "sandboxed frames send Origin: null");
    }
}
