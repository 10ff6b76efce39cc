package id.alurkinerja.onboarding;

import id.alurkinerja.access.Role;
import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.identity.Employment;
import id.alurkinerja.identity.UserDirectory;
import id.alurkinerja.identity.UserDtos.UserCreateRequest;
import id.alurkinerja.identity.UserDtos.UserView;
import id.alurkinerja.identity.UserService;
import id.alurkinerja.org.Kabupaten;
import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.platform.problem.DatabaseErrors;
import id.alurkinerja.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The first kabupaten ADMIN of a production install, from BOOTSTRAP_* environment variables at
 * start-up. One time only: once a user has the username, nothing is done (the password is never
 * reset from the environment), so the variables may stay set or be removed. Instances starting
 * together take the {@code admin-bootstrap} lock row, as the demo seeder does.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

  /** What to bootstrap: the admin's login and the kabupaten it administers. */
  public record Settings(String username, String password, String fullName, String nip, String kabupatenCode,
      String kabupatenName) {}

  /** What bootstrapping did. */
  public enum Outcome { CREATED, ALREADY_THERE }

  @Inject AlurConfig config;
  @Inject UserService users;
  @Inject UserDirectory directory;
  @Inject AuditLog audit;
  @Inject EntityManager em;

  void onStart(@Observes StartupEvent event) {
    AlurConfig.Bootstrap b = config.bootstrap();
    if (b.adminUsername().isEmpty()) {
      return;
    }
    Settings settings = new Settings(b.adminUsername().get(),
        b.adminPassword().orElseThrow(() -> misconfigured("BOOTSTRAP_ADMIN_PASSWORD is not set")),
        b.adminName().orElse("Administrator Kabupaten"), b.adminNip().orElse(null),
        b.kabupatenCode().orElseThrow(() -> misconfigured("BOOTSTRAP_KABUPATEN_CODE is not set")),
        b.kabupatenName().orElse(null));
    Outcome outcome = ensure(settings);
    if (outcome == Outcome.CREATED) {
      LOG.infof("Bootstrap: kabupaten ADMIN '%s' created for %s; log in and change the password",
          settings.username(), settings.kabupatenCode());
    } else {
      LOG.infof("Bootstrap: user '%s' exists already; nothing done (BOOTSTRAP_* may be removed)", settings.username());
    }
  }

  /** Makes the kabupaten (if new) and its ADMIN, unless a user has that username already. */
  public Outcome ensure(Settings s) {
    for (int attempt = 1; ; attempt++) {
      try {
        return QuarkusTransaction.requiringNew().call(() -> {
          em.createNativeQuery("SELECT name FROM startup_lock WHERE name = 'admin-bootstrap' FOR UPDATE")
              .getResultList();
          return create(s);
        });
      } catch (ProblemException e) {
        throw misconfigured("the BOOTSTRAP_* settings are refused: " + e.getMessage()
            + (e.toProblem(null).errors() == null ? "" : " " + e.toProblem(null).errors()));
      } catch (RuntimeException e) {
        if (attempt == 3 || !(DatabaseErrors.isTransient(e) || DatabaseErrors.isDuplicate(e))) {
          throw e;
        }
        LOG.infof("Bootstrap met another instance's (%s); trying again", e.getMessage());
      }
    }
  }

  private Outcome create(Settings s) {
    if (AppUser.count("username", s.username().trim()) > 0) {
      return Outcome.ALREADY_THERE;
    }
    Kabupaten kabupaten = Kabupaten.findByCode(s.kabupatenCode().trim());
    if (kabupaten == null) {
      kabupaten = new Kabupaten();
      kabupaten.code = s.kabupatenCode().trim();
      kabupaten.name = Optional.ofNullable(s.kabupatenName()).filter(n -> !n.isBlank()).map(String::trim)
          .orElseThrow(() -> misconfigured("BOOTSTRAP_KABUPATEN_NAME is needed for the new kabupaten "
              + s.kabupatenCode()));
      kabupaten.persist();
    }
    boolean pns = s.nip() != null && !s.nip().isBlank();
    UserView admin = users.create(kabupaten.id, null, new UserCreateRequest(s.username().trim(), s.password(),
        s.fullName(), pns ? Employment.PNS : Employment.NON_ASN, pns ? s.nip() : null,
        "Administrator " + kabupaten.name, null, null, Set.of(Role.ADMIN)), null);
    AppUser made = AppUser.findById(admin.id());
    audit.record(directory.current(made), null, AuditLog.Entry.of("user.bootstrapped", "user", made.id,
        kabupaten.id, null).details(AuditDetails.builder().name(made.username).setting("ADMIN").build()));
    return Outcome.CREATED;
  }

  private static IllegalStateException misconfigured(String why) {
    return new IllegalStateException("Cannot bootstrap the first administrator: " + why);
  }
}
