using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// Decides whether a request may be cached and computes its key: SHA-256 over the normalized document,
/// the operation name, the canonical variables, the caller's partition and the transport switches that
/// change the answer (introspection, suggestions). Parsed documents are remembered (bounded).
/// </summary>
internal sealed class ResponseCacheKeyBuilder
{
    private const int MaxMemoizedDocumentLength = 64 * 1024;
    private const byte Separator = 0;

    private readonly ConcurrentDictionary<string, DocumentShape?> _shapes = new(StringComparer.Ordinal);
    private readonly int _memoCapacity;
    private readonly Func<Microsoft.AspNetCore.Http.HttpContext, string> _callerRole;

    public ResponseCacheKeyBuilder(int memoCapacity, Func<Microsoft.AspNetCore.Http.HttpContext, string> callerRole)
    {
        _memoCapacity = memoCapacity;
        _callerRole = callerRole;
    }

    /// <summary>The key (64 lower-case hex digits) of a cacheable query; null for anything else.</summary>
    public string? TryCreateKey(GraphQLExecutionRequest request)
    {
        if ((request.AllowedOperations & GraphQLOperationKinds.Query) == 0)
        {
            return null;
        }

        DocumentShape? shape = GetShape(request.Query);
        if (shape?.SelectedOperation(request.OperationName) != OperationType.Query)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(256 + shape.Normalized.Length);
        Append(buffer, "cg-response-v1");
        Append(buffer, shape.Normalized);
        Append(buffer, request.OperationName ?? "");
        if (!AppendVariables(buffer, request.Variables))
        {
            return null;
        }

        Append(buffer, _callerRole(request.HttpContext) ?? "");
        buffer.Write([(byte)((request.AllowIntrospection ? 1 : 0) | (request.IncludeSuggestions ? 2 : 0))]);

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }

    private DocumentShape? GetShape(string query)
    {
        if (query.Length > MaxMemoizedDocumentLength || _memoCapacity == 0)
        {
            return DocumentShape.TryCreate(query);
        }

        if (_shapes.TryGetValue(query, out DocumentShape? known))
        {
            return known;
        }

        DocumentShape? shape = DocumentShape.TryCreate(query);
        if (_shapes.Count >= _memoCapacity)
        {
            // Bounded the simple way: hot documents come back after one more parse each.
            _shapes.Clear();
        }

        _shapes.TryAdd(query, shape);
        return shape;
    }

    private static void Append(ArrayBufferWriter<byte> buffer, string text)
    {
        int length = Encoding.UTF8.GetMaxByteCount(text.Length);
        int written = Encoding.UTF8.GetBytes(text, buffer.GetSpan(length));
        buffer.Advance(written);
        buffer.Write([Separator]);
    }

    /// <summary>Absent variables and <c>{}</c> (or <c>null</c>) mean the same request.</summary>
    private static bool AppendVariables(ArrayBufferWriter<byte> buffer, JsonElement? variables)
    {
        if (variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            // Not a variables map: the executor refuses it; never share a key with a request that has none.
            return false;
        }

        if (variables is not { ValueKind: JsonValueKind.Object } values || !values.EnumerateObject().Any())
        {
            buffer.Write("{}"u8);
            buffer.Write([Separator]);
            return true;
        }

        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            if (!CanonicalJson.TryWrite(writer, values))
            {
                return false;
            }
        }

        buffer.Write([Separator]);
        return true;
    }
}
