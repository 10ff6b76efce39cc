package id.alurkinerja.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A failed login, counted per account and per client address for throttling. */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "account_key")
  public String accountKey;

  @Column(name = "client_address")
  public String clientAddress;

  @Column(name = "failed_at")
  public Instant failedAt;
}
