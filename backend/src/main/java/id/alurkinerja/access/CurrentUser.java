package id.alurkinerja.access;

import java.util.List;

/**
 * The person acting in a request (or a start-up task) with the positions they hold today, read
 * from the database: what the audit trail and approvals record of them.
 */
public record CurrentUser(long id, String username, String fullName, String nip, List<Grant> grants) {}
