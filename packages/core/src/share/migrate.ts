/** Document migrations live with the model (`model/migrate.ts`); re-exported here for the link codec. */
export * from '../model/migrate';
