package id.alurkinerja.identity;

import id.alurkinerja.access.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person who logs in: an official, a staff member, an administrator or a kabupaten officer. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String username;

  @Column(name = "password_hash")
  public String passwordHash;

  @Column(name = "full_name")
  public String fullName;

  @Enumerated(EnumType.STRING)
  public Employment employment;

  public String nip;
  public String jabatan;

  @Column(name = "pangkat_golongan")
  public String pangkatGolongan;

  @Column(name = "kabupaten_id")
  public Long kabupatenId;

  /** Null for a kabupaten-level user (KABUPATEN officer, kabupaten ADMIN). */
  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  @Column(name = "unit_id")
  public Long unitId;

  public boolean active;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_kind")
  public AccountKind accountKind = AccountKind.PERSON;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  public Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "password_changed_at")
  public Instant passwordChangedAt;

  @Version
  public long version;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /**
   * Finds a person's account by username or by NIP, as officials often log in with their NIP.
   * Service accounts never log in with a password, so they are not found here.
   */
  public static AppUser findByLogin(String login) {
    return find("(username = ?1 or nip = ?1) and accountKind = ?2", login, AccountKind.PERSON).firstResult();
  }
}
