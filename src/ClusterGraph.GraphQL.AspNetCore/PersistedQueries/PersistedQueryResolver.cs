using System.Text.Json;
using ClusterGraph.GraphQL.AspNetCore.Http;

namespace ClusterGraph.GraphQL.AspNetCore.PersistedQueries;

/// <summary>
/// Turns the request's document reference into document text: the query itself, Apollo's
/// <c>extensions.persistedQuery {version: 1, sha256Hash}</c>, or <c>documentId: "sha256:&lt;hex&gt;"</c>.
/// Automatic mode registers a document sent with its hash once the hash is verified; trusted mode
/// runs only documents already in the store.
/// </summary>
internal sealed class PersistedQueryResolver
{
    private const string DocumentIdPrefix = "sha256:";

    private readonly PersistedQueryMode _mode;
    private readonly IPersistedDocumentStore _store;

    public PersistedQueryResolver(PersistedQueryMode mode, IPersistedDocumentStore store)
    {
        _mode = mode;
        _store = store;
    }

    /// <summary>The outcome of resolving: exactly one of the three members is set.</summary>
    public readonly record struct Resolution(string? Query, string? MalformedReason, GraphQLResponseError? RequestError);

    public async ValueTask<Resolution> ResolveAsync(GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        if (!TryReadHash(request, out string? hash, out string? malformed))
        {
            return new(null, malformed, null);
        }

        if (hash is null)
        {
            if (request.Query is null)
            {
                return new(null, "The 'query' parameter is missing (and no persisted-query hash was sent).", null);
            }

            if (_mode == PersistedQueryMode.TrustedOnly
                && await _store.TryGetAsync(PersistedDocumentHash.Compute(request.Query), cancellationToken).ConfigureAwait(false) is null)
            {
                return Refuse("Only trusted documents may be executed on this server.", "PERSISTED_QUERY_NOT_TRUSTED");
            }

            return new(request.Query, null, null);
        }

        if (_mode == PersistedQueryMode.Disabled)
        {
            return Refuse("PersistedQueryNotSupported", "PERSISTED_QUERY_NOT_SUPPORTED");
        }

        if (request.Query is not null)
        {
            if (!string.Equals(PersistedDocumentHash.Compute(request.Query), hash, StringComparison.OrdinalIgnoreCase))
            {
                return Refuse("provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH");
            }

            if (_mode == PersistedQueryMode.TrustedOnly)
            {
                return await _store.TryGetAsync(hash, cancellationToken).ConfigureAwait(false) is null
                    ? Refuse("Only trusted documents may be executed on this server.", "PERSISTED_QUERY_NOT_TRUSTED")
                    : new(request.Query, null, null);
            }

            await _store.SaveAsync(hash, request.Query, cancellationToken).ConfigureAwait(false);
            return new(request.Query, null, null);
        }

        string? stored = await _store.TryGetAsync(hash, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? Refuse("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND")
            : new(stored, null, null);
    }

    private static Resolution Refuse(string message, string code) => new(null, null, GraphQLResponseError.WithCode(message, code));

    private static bool TryReadHash(GraphQLHttpRequest request, out string? hash, out string? malformed)
    {
        hash = null;
        malformed = null;
        if (request.DocumentId is { } documentId)
        {
            if (!documentId.StartsWith(DocumentIdPrefix, StringComparison.Ordinal)
                || !PersistedDocumentHash.IsWellFormed(documentId[DocumentIdPrefix.Length..]))
            {
                malformed = "The 'documentId' parameter must be \"sha256:\" followed by 64 hex digits.";
                return false;
            }

            hash = documentId[DocumentIdPrefix.Length..].ToLowerInvariant();
        }

        if (request.Extensions is not { } extensions
            || !extensions.TryGetProperty("persistedQuery", out JsonElement persisted)
            || persisted.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (persisted.ValueKind != JsonValueKind.Object
            || !persisted.TryGetProperty("sha256Hash", out JsonElement hashElement)
            || hashElement.ValueKind != JsonValueKind.String
            || !PersistedDocumentHash.IsWellFormed(hashElement.GetString()!))
        {
            malformed = "extensions.persistedQuery must be an object with a 'sha256Hash' of 64 hex digits.";
            return false;
        }

        if (!persisted.TryGetProperty("version", out JsonElement version)
            || version.ValueKind != JsonValueKind.Number
            || !version.TryGetInt32(out int versionNumber)
            || versionNumber != 1)
        {
            malformed = "extensions.persistedQuery.version must be 1.";
            return false;
        }

        string extensionHash = hashElement.GetString()!.ToLowerInvariant();
        if (hash is not null && hash != extensionHash)
        {
            malformed = "documentId and extensions.persistedQuery name different documents.";
            return false;
        }

        hash = extensionHash;
        return true;
    }
}
