package id.gcio.academy.certificate;

/**
 * A certificate was signed and is valid from now on: issued, approved after waiting, or re-issued with a new number
 * (fired in the issuing transaction, so the holder hears of it only if it commits).
 */
public record CertificateIssued(long userId, String number, String programmeName, String holderName, boolean reissued) {
}
