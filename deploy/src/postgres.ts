/**
 * PostgreSQL through CloudNativePG: one Cluster per service (ARCHITECTURE: one database per
 * service), with continuous WAL archiving and base backups to an object store, and a
 * ScheduledBackup. The gateway has one too, for the rate-limit table its replicas share.
 */
import { meta, PART_OF } from './k8s';
import type { Manifest } from './k8s';
import type { OverlaySettings } from './overlays';

export interface DatabaseOwner {
  /** the app whose pods alone may connect (`ekst.example/db-client` label) */
  readonly app: string;
  readonly database: string;
}

export function clusterName(app: string): string {
  return `pg-${app}`;
}

/** CloudNativePG writes `<cluster>-app` (keys uri, username, password, host, dbname). */
export function databaseSecret(app: string): string {
  return `${clusterName(app)}-app`;
}

/** Access keys for the backup bucket, created out of band like every other secret. */
export const BACKUP_CREDENTIALS = 'ekst-backup-s3';

function cluster(o: OverlaySettings, db: DatabaseOwner): Manifest {
  const p = o.postgres;
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: meta(o, clusterName(db.app), {
      'app.kubernetes.io/part-of': PART_OF,
      'ekst.example/database-of': db.app,
    }),
    spec: {
      instances: p.instances,
      imageName: p.imageName,
      primaryUpdateStrategy: 'unsupervised',
      storage: { size: p.storage },
      // the service's role owns its database (it runs its own migrations)
      bootstrap: { initdb: { database: db.database, owner: db.database } },
      postgresql: {
        parameters: {
          // bounds a forgotten lock or a runaway query; the apps set their own timeouts below these
          idle_in_transaction_session_timeout: '60s',
          statement_timeout: '60s',
        },
      },
      backup: {
        retentionPolicy: p.backupRetention,
        barmanObjectStore: {
          destinationPath: `${p.backupBucket}/${clusterName(db.app)}`,
          s3Credentials: {
            accessKeyId: { name: BACKUP_CREDENTIALS, key: 'ACCESS_KEY_ID' },
            secretAccessKey: { name: BACKUP_CREDENTIALS, key: 'ACCESS_SECRET_KEY' },
          },
          wal: { compression: 'gzip' },
          data: { compression: 'gzip' },
        },
      },
      ...(p.instances > 1
        ? { affinity: { enablePodAntiAffinity: true, topologyKey: 'kubernetes.io/hostname' } }
        : {}),
    },
  };
}

function scheduledBackup(o: OverlaySettings, db: DatabaseOwner): Manifest {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'ScheduledBackup',
    metadata: meta(o, `${clusterName(db.app)}-daily`, { 'app.kubernetes.io/part-of': PART_OF }),
    spec: {
      schedule: o.postgres.backupSchedule,
      backupOwnerReference: 'self',
      method: 'barmanObjectStore',
      immediate: true,
      cluster: { name: clusterName(db.app) },
    },
  };
}

export function postgresManifests(o: OverlaySettings, dbs: readonly DatabaseOwner[]): Manifest[] {
  return dbs.flatMap((db) => [cluster(o, db), scheduledBackup(o, db)]);
}
