using System.ComponentModel.DataAnnotations;

namespace ClusterGraph.Api.Hosting;

/// <summary>Which store serves the graph.</summary>
public enum StoreKind
{
    /// <summary>The embedded store: in-memory snapshot over a SQLite file (the default; no server needed).</summary>
    Embedded,

    /// <summary>Neo4j over its HTTP Query API.</summary>
    Neo4j,
}

/// <summary>The host's settings (configuration section <c>ClusterGraph</c>), validated at start.</summary>
public sealed class ClusterGraphOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "ClusterGraph";

    /// <summary>Which store serves the graph.</summary>
    public StoreKind Store { get; set; } = StoreKind.Embedded;

    /// <summary>The embedded store's SQLite file (relative paths are relative to the working directory).</summary>
    [Required]
    public string DatabasePath { get; set; } = "data/clustergraph.db";

    /// <summary>The seed folder imported on first start; null = the repository's <c>seed/</c> found from the working directory.</summary>
    public string? SeedPath { get; set; }

    /// <summary>Neo4j settings, used when <see cref="Store"/> is <see cref="StoreKind.Neo4j"/>.</summary>
    public Neo4jSettings Neo4j { get; set; } = new();

    /// <summary>API keys as salted hashes (see <c>ApiKeyHasher</c>); without any, nobody can write.</summary>
    public List<ApiKeySettings> ApiKeys { get; set; } = [];

    /// <summary>Whether the audit trail of writes is kept in memory for admins (bounded).</summary>
    [Range(0, 1_000_000)]
    public int AuditTrailCapacity { get; set; } = 10_000;

    /// <summary>Checks what data annotations cannot: returns the problems, empty when sound.</summary>
    public IEnumerable<string> Problems()
    {
        if (Store == StoreKind.Neo4j && !Uri.TryCreate(Neo4j.Url, UriKind.Absolute, out _))
        {
            yield return "ClusterGraph:Neo4j:Url must be an absolute URL when ClusterGraph:Store is Neo4j.";
        }

        foreach (ApiKeySettings key in ApiKeys)
        {
            if (!ApiKeySettings.IsRole(key.Role))
            {
                yield return $"ClusterGraph:ApiKeys: key '{key.Name}' has role '{key.Role}'; expected reader, curator or admin.";
            }

            if (!Auth.ApiKeyHasher.IsWellFormed(key.Hash))
            {
                yield return $"ClusterGraph:ApiKeys: key '{key.Name}' has a malformed hash; make one with `dotnet run --project src/ClusterGraph.Api -- hash-key <key>`.";
            }
        }
    }
}

/// <summary>Where Neo4j is and how to sign in.</summary>
public sealed class Neo4jSettings
{
    /// <summary>Base URL of the server, e.g. http://localhost:7474.</summary>
    public string? Url { get; set; }

    /// <summary>The database name.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>User for basic auth.</summary>
    public string? User { get; set; }

    /// <summary>Password for basic auth.</summary>
    public string? Password { get; set; }
}

/// <summary>One API key: who it is, what it may do, and its salted hash (never the key itself).</summary>
public sealed class ApiKeySettings
{
    /// <summary>Who holds the key (shown in the audit trail).</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    /// <summary>reader, curator (may write) or admin (may write and read the audit trail).</summary>
    [Required]
    public string Role { get; set; } = Roles.Reader;

    /// <summary><c>sha256:&lt;salt hex&gt;:&lt;hash hex&gt;</c>.</summary>
    [Required]
    public string Hash { get; set; } = string.Empty;

    internal static bool IsRole(string? role) => role is Roles.Reader or Roles.Curator or Roles.Admin;
}

/// <summary>The roles a caller can have.</summary>
public static class Roles
{
    /// <summary>Anyone: reads.</summary>
    public const string Reader = "reader";

    /// <summary>Writes the graph.</summary>
    public const string Curator = "curator";

    /// <summary>Writes the graph and reads the audit trail.</summary>
    public const string Admin = "admin";
}
