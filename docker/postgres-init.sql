-- PostgreSQL initialisation for docker-compose.yml: one database per service, each owned by its
-- own login role, and no role able to connect to another service's database.
--
-- The postgres image runs this once, as the superuser, when its data volume is empty (files in
-- /docker-entrypoint-initdb.d/). Changing a password later is `ALTER ROLE ... PASSWORD ...` on the
-- running server, not an edit here.
--
-- No password is written in this file: psql's \getenv reads each from the container's environment
-- (docker-compose.yml passes them from docker/.env). The same password is embedded in the
-- service's DATABASE_URL, so it is restricted to URL-safe characters (generate with
-- `openssl rand -hex 24`). If a variable is unset, `:'pw_…'` below is left as it is and the
-- INSERT fails with a syntax error at ":"; ON_ERROR_STOP makes the whole initialisation fail.
--
-- Keep in step with docker-compose.yml (DATABASE_URL of each service) and the `database` of each
-- service in libs/testing/src/stack/services.ts; docker/compose-consistency.spec.ts checks both.

\set ON_ERROR_STOP on

\getenv pw_partners_governance PARTNERS_GOVERNANCE_DB_PASSWORD
\getenv pw_people PEOPLE_DB_PASSWORD
\getenv pw_events EVENTS_DB_PASSWORD
\getenv pw_evaluation EVALUATION_DB_PASSWORD
\getenv pw_teacher_swap TEACHER_SWAP_DB_PASSWORD
\getenv pw_communications COMMUNICATIONS_DB_PASSWORD

-- Session-local (dropped when this script ends); the role of each service has its database's name.
CREATE TEMPORARY TABLE ekst_service (db name PRIMARY KEY, pw text NOT NULL);
INSERT INTO ekst_service (db, pw) VALUES
  ('ekst_partners_governance', :'pw_partners_governance'),
  ('ekst_people', :'pw_people'),
  ('ekst_events', :'pw_events'),
  ('ekst_evaluation', :'pw_evaluation'),
  ('ekst_teacher_swap', :'pw_teacher_swap'),
  ('ekst_communications', :'pw_communications');

-- Forget the passwords in psql's variables as soon as they are in the table.
\unset pw_partners_governance
\unset pw_people
\unset pw_events
\unset pw_evaluation
\unset pw_teacher_swap
\unset pw_communications

-- At least 16 URL-safe characters. Checked here rather than with a CHECK constraint, whose error
-- message would print the offending row, password included, into the container's log.
SELECT count(*) = 0 AS passwords_ok, coalesce(string_agg(db, ', ' ORDER BY db), '') AS weak_passwords
FROM ekst_service WHERE pw !~ '^[A-Za-z0-9._~-]{16,}$'
\gset
\if :passwords_ok
\else
  \warn 'passwords of' :weak_passwords 'must be at least 16 characters from A-Z a-z 0-9 . _ ~ -'
  DO $$ BEGIN RAISE EXCEPTION 'database password check failed (see the message above)'; END $$;
\endif

-- Login roles with no special attributes (not superuser, cannot create databases or roles,
-- no replication, no RLS bypass). Stored as SCRAM-SHA-256 (the default password_encryption).
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L', db, pw)
FROM ekst_service ORDER BY db
\gexec

-- Each database owned by its role. Since PostgreSQL 15 the `public` schema belongs to
-- pg_database_owner and PUBLIC may not create in it, so the owner (and only the owner) can run the
-- service's migrations there.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', db, db, 'UTF8')
FROM ekst_service ORDER BY db
\gexec

-- By default every role may CONNECT to every database (and create temporary tables in it).
-- Take that away: only the owner (and the superuser) can connect to a service's database.
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', db)
FROM ekst_service ORDER BY db
\gexec

-- ...and the service roles have no business in the maintenance databases either.
REVOKE ALL ON DATABASE postgres FROM PUBLIC;
REVOKE ALL ON DATABASE template1 FROM PUBLIC;

DROP TABLE ekst_service;
