package id.gcio.academy.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** What a learner completes on their profile page. */
public record ProfileForm(
        @RestForm @NotBlank(message = "Nama lengkap wajib diisi.") @Size(max = 200, message = "Nama lengkap paling panjang 200 karakter.") String displayName,
        @RestForm @Email(message = "Alamat email tidak valid.") @Size(max = 320, message = "Email terlalu panjang.") String email,
        @RestForm String nip,
        @RestForm @NotBlank(message = "OPD / unit kerja wajib diisi.") @Size(max = 200, message = "Nama OPD paling panjang 200 karakter.") String opdName,
        @RestForm @NotBlank(message = "Jabatan wajib diisi.") @Size(max = 200, message = "Jabatan paling panjang 200 karakter.") String positionTitle,
        @RestForm @NotBlank(message = "Pilih eselon atau kelas jabatan.") String echelon) {

    public static ProfileForm of(AppUser u) {
        return new ProfileForm(u.displayName, u.email, u.nip == null ? "" : new Nip(u.nip).formatted(), u.opdName,
                u.positionTitle, u.echelon);
    }
}
