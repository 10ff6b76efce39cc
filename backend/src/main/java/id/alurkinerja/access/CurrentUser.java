package id.alurkinerja.access;

import id.alurkinerja.identity.AppUser;
import java.util.List;

/** The authenticated user of a request with the positions they hold today, read from the database. */
public record CurrentUser(AppUser user, List<Grant> grants) {

  public long id() {
    return user.id;
  }
}
