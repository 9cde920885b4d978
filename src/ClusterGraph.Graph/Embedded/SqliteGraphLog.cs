using System.Globalization;
using ClusterGraph.Graph.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// The durable record of the graph: one SQLite database in WAL mode with a table per item type
/// (ID + the item as a seed JSON line) and the data version. Every write is one transaction that
/// also stores the new version, so after a crash the database holds exactly the acknowledged writes.
/// One connection, used by the single writer and at start-up only.
/// </summary>
internal sealed class SqliteGraphLog : IDisposable
{
    private const string VersionKey = "version";
    private const string StoreIdKey = "store-id";
    private readonly SqliteConnection _connection;

    private SqliteGraphLog(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating when absent) the database at <paramref name="path"/>.</summary>
    public static SqliteGraphLog Open(string path, bool fullSync)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        var log = new SqliteGraphLog(connection);
        log.Execute("PRAGMA journal_mode=WAL;");
        log.Execute(fullSync ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;");
        log.Execute("""
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS sources (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS entities (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS relations (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
            """);
        return log;
    }

    /// <summary>The stored version, or null for a database never written.</summary>
    public long? ReadVersion()
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", VersionKey);
        return command.ExecuteScalar() is string text ? long.Parse(text, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The random ID that tells this database from any other (so a snapshot file left beside a
    /// replaced database is not taken for its own), stored on first use.
    /// </summary>
    public Guid ReadOrCreateStoreId()
    {
        using (SqliteCommand select = _connection.CreateCommand())
        {
            select.CommandText = "SELECT value FROM meta WHERE key = $key";
            select.Parameters.AddWithValue("$key", StoreIdKey);
            if (select.ExecuteScalar() is string text && Guid.TryParse(text, out Guid stored))
            {
                return stored;
            }
        }

        return RenewStoreId();
    }

    /// <summary>Stores a new random store ID and returns it.</summary>
    public Guid RenewStoreId()
    {
        Guid created = Guid.NewGuid();
        using SqliteTransaction transaction = _connection.BeginTransaction();
        Upsert(transaction, "meta", StoreIdKey, created.ToString("D"), column: "key", valueColumn: "value");
        transaction.Commit();
        return created;
    }

    /// <summary>Result of <c>PRAGMA integrity_check</c> ("ok" when sound).</summary>
    public string CheckIntegrity()
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return command.ExecuteScalar() as string ?? "no answer";
    }

    /// <summary>Reads the whole graph into a snapshot at <paramref name="version"/>.</summary>
    public GraphSnapshot ReadSnapshot(long version)
    {
        var pool = new RowInterner();
        Source[] sources = ReadDocs("sources", pool, static (row, p) => ModelJsonReader.ReadSource(row, p));
        pool.Reserve(sources.Length);
        foreach (Source source in sources)
        {
            pool.Get(source.Id);
        }

        // Entities before relations, so that a relation's ends share the entity's own ID string.
        Entity[] entities = ReadDocs("entities", pool, static (row, p) => ModelJsonReader.ReadEntity(row, p));
        pool.Reserve(entities.Length);
        foreach (Entity entity in entities)
        {
            pool.Get(entity.Id);
        }

        Relation[] relations = ReadDocs("relations", pool, static (row, p) => ModelJsonReader.ReadRelation(row, p));
        return GraphSnapshot.FromArrays(version, sources, entities, relations);
    }

    /// <summary>Applies one write in one transaction, storing <paramref name="version"/> with it.</summary>
    public void Commit(GraphMutation mutation, long version)
    {
        using SqliteTransaction transaction = _connection.BeginTransaction();
        if (mutation.ReplaceAll)
        {
            Execute("DELETE FROM relations; DELETE FROM entities; DELETE FROM sources;", transaction);
        }

        foreach (Source source in mutation.Sources)
        {
            Upsert(transaction, "sources", source.Id, ModelJson.Write(source));
        }

        foreach (Entity entity in mutation.Entities)
        {
            Upsert(transaction, "entities", entity.Id, ModelJson.Write(entity));
        }

        foreach (Relation relation in mutation.Relations)
        {
            Upsert(transaction, "relations", relation.Id, ModelJson.Write(relation));
        }

        Delete(transaction, "relations", mutation.DeletedRelations);
        Delete(transaction, "entities", mutation.DeletedEntities);
        Upsert(transaction, "meta", VersionKey, version.ToString(CultureInfo.InvariantCulture), column: "key", valueColumn: "value");
        transaction.Commit();
    }

    /// <summary>Copies the WAL into the database and truncates it; false when a reader elsewhere kept it busy.</summary>
    public bool Checkpoint()
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        using SqliteDataReader reader = command.ExecuteReader();
        return reader.Read() && reader.GetInt64(0) == 0;
    }

    public void Dispose() => _connection.Dispose();

    // Steps through the table in ID order on this thread, handing each row's bytes (read in place,
    // without a copy per row) to decoders on the other cores.
    private T[] ReadDocs<T>(string table, RowInterner pool, RowDecoder<T> decode)
    {
        sqlite3 db = _connection.Handle!;
        Check(raw.sqlite3_prepare_v2(db, $"SELECT doc FROM {table} ORDER BY id", out sqlite3_stmt statement), db);
        using (statement)
        using (var decoder = new ParallelRowDecoder<T>(decode, pool))
        {
            int status;
            while ((status = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                decoder.Add(raw.sqlite3_column_blob(statement, 0));
            }

            if (status != raw.SQLITE_DONE)
            {
                Check(status, db);
            }

            return decoder.Finish();
        }
    }

    private static void Check(int status, sqlite3 db)
    {
        if (status != raw.SQLITE_OK && status != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), status);
        }
    }

    private void Upsert(SqliteTransaction transaction, string table, string id, string doc, string column = "id", string valueColumn = "doc")
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({column}, {valueColumn}) VALUES ($id, $doc) ON CONFLICT({column}) DO UPDATE SET {valueColumn} = excluded.{valueColumn}";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$doc", doc);
        command.ExecuteNonQuery();
    }

    private void Delete(SqliteTransaction transaction, string table, IReadOnlyList<string> ids)
    {
        foreach (string id in ids)
        {
            using SqliteCommand command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"DELETE FROM {table} WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            command.ExecuteNonQuery();
        }
    }

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
