package id.gcio.academy.imports;

import id.gcio.academy.cohort.EchelonValue;
import id.gcio.academy.cohort.EmploymentType;

/**
 * A roster row that passed validation, ready to be matched with or added as a cohort participant. Values are
 * normalised: NIP as 18 digits ({@code null} only for Non-ASN rows without one), name with single spaces, email in
 * lower case, phone as {@code +62…}, OPD as its code. Email, phone, position and employment type may be {@code null}.
 */
public record ParticipantDraft(String nip, String fullName, String email, String phone, String positionTitle,
        String opdCode, EchelonValue echelon, EmploymentType employmentType) {
}
