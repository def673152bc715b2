import type { Role } from '@ekst/auth';
import type { DataSource } from 'typeorm';

export interface PersonByEmail {
  id: string;
  roles: Role[];
  partnerId: string;
}

/**
 * The person holding an e-mail address, for the gateway to identify a caller whose school's
 * identity provider vouched for that address. Only id, roles and partner: nothing to display.
 * Students hold no address (data minimisation), so they are never found here.
 */
export async function findPersonByEmail(
  dataSource: DataSource,
  email: string,
): Promise<PersonByEmail | null> {
  // lower(email) is what the unique index person_email_uq covers.
  const rows = (await dataSource.query(
    `SELECT id, roles, partner_id FROM person WHERE lower(email) = lower($1) LIMIT 1`,
    [email],
  )) as Array<{ id: string; roles: Role[]; partner_id: string }>;
  const row = rows[0];
  return row ? { id: row.id, roles: row.roles, partnerId: row.partner_id } : null;
}
