using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ClusterGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Picks the response format from the Accept header: the highest quality wins; at equal quality a
/// media type named exactly beats one matched by a wildcard. Wildcards (<c>*/*</c>, <c>application/*</c>)
/// select application/json, as the GraphQL-over-HTTP spec asks for legacy clients; event streams and
/// HTML are only chosen when named.
/// </summary>
internal static class AcceptNegotiator
{
    // Server preference at equal quality and specificity: earlier wins.
    private static readonly (ResponseMediaType MediaType, string Type, string SubType)[] s_candidates =
    [
        (ResponseMediaType.GraphQLResponseJson, "application", "graphql-response+json"),
        (ResponseMediaType.Json, "application", "json"),
        (ResponseMediaType.EventStream, "text", "event-stream"),
        (ResponseMediaType.Html, "text", "html"),
    ];

    /// <summary>The format to answer in; <see cref="ResponseMediaType.Json"/> when Accept is absent, <see cref="ResponseMediaType.None"/> when nothing matches.</summary>
    public static ResponseMediaType Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return ResponseMediaType.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? ranges) || ranges.Count == 0)
        {
            // An unreadable Accept header is treated as absent rather than refused.
            return ResponseMediaType.Json;
        }

        ResponseMediaType best = ResponseMediaType.None;
        double bestQuality = 0;
        int bestSpecificity = -1;
        foreach ((ResponseMediaType mediaType, string type, string subType) in s_candidates)
        {
            (double quality, int specificity) = Match(ranges, type, subType);
            if (quality <= 0)
            {
                continue;
            }

            if (specificity < 2 && mediaType is not ResponseMediaType.Json)
            {
                // Only named explicitly; a wildcard stands for application/json.
                continue;
            }

            if (quality > bestQuality || (quality == bestQuality && specificity > bestSpecificity))
            {
                best = mediaType;
                bestQuality = quality;
                bestSpecificity = specificity;
            }
        }

        return best;
    }

    /// <summary>The quality the most specific matching range gives (RFC 9110 §12.5.1), and that specificity (2 exact, 1 type/*, 0 */*).</summary>
    private static (double Quality, int Specificity) Match(IList<MediaTypeHeaderValue> ranges, string type, string subType)
    {
        double quality = 0;
        int specificity = -1;
        foreach (MediaTypeHeaderValue range in ranges)
        {
            int rangeSpecificity;
            StringSegment rangeType = range.Type;
            StringSegment rangeSubType = range.SubType;
            if (rangeType.Equals("*", StringComparison.Ordinal) && rangeSubType.Equals("*", StringComparison.Ordinal))
            {
                rangeSpecificity = 0;
            }
            else if (!rangeType.Equals(type, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            else if (rangeSubType.Equals("*", StringComparison.Ordinal))
            {
                rangeSpecificity = 1;
            }
            else if (rangeSubType.Equals(subType, StringComparison.OrdinalIgnoreCase))
            {
                rangeSpecificity = 2;
            }
            else
            {
                continue;
            }

            if (rangeSpecificity > specificity)
            {
                specificity = rangeSpecificity;
                quality = range.Quality ?? 1.0;
            }
        }

        return (quality, specificity);
    }
}
