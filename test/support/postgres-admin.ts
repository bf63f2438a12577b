// One statement on a PostgreSQL server's maintenance database (CREATE/DROP DATABASE).
import pg from 'pg';

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
