using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ClusterGraph.GraphQL.AspNetCore.Http;

/// <summary>Checks made on the raw HTTP request before any GraphQL work: CSRF, content type, header size.</summary>
internal static class RequestGuards
{
    /// <summary>Content types a browser may send cross-site without a CORS preflight (the Fetch standard's CORS-safelisted ones).</summary>
    private static readonly string[] s_simpleContentTypes = ["text/plain", "multipart/form-data", "application/x-www-form-urlencoded"];

    /// <summary>Whether the request carries one of the preflight headers (with a non-empty value).</summary>
    public static bool HasPreflightHeader(HttpRequest request, IList<string> headerNames)
    {
        foreach (string name in headerNames)
        {
            if (!StringValues.IsNullOrEmpty(request.Headers[name]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a browser could have sent this POST cross-site without a preflight: no content type, or a CORS-safelisted one.</summary>
    public static bool IsSimpleContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed))
        {
            // Browsers only skip the preflight for values they can parse as a safelisted type; unparseable is refused later as 415.
            return false;
        }

        foreach (string simple in s_simpleContentTypes)
        {
            if (parsed.MediaType.Equals(simple, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the body is declared as JSON in UTF-8 (an absent charset means UTF-8).</summary>
    public static bool IsJsonUtf8(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed))
        {
            return false;
        }

        if (!parsed.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        StringSegment charset = parsed.Charset;
        return !charset.HasValue
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The total length of header names and values, in characters.</summary>
    public static long HeadersLength(IHeaderDictionary headers)
    {
        long total = 0;
        foreach (KeyValuePair<string, StringValues> header in headers)
        {
            total += header.Key.Length;
            foreach (string? value in header.Value)
            {
                total += value?.Length ?? 0;
            }
        }

        return total;
    }
}
