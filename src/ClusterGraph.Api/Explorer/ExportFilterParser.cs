using System.Globalization;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using Microsoft.Extensions.Primitives;

namespace ClusterGraph.Api.Explorer;

/// <summary>
/// Reads an export's query string into the same <see cref="EntityFilter"/> that <c>clusterMap</c>
/// builds from its GraphQL input: <c>kinds</c>, <c>within</c>, <c>activeIn</c> (comma-separated or
/// repeated), <c>bbox=west,south,east,north</c> and <c>asOf=YYYY-MM-DD</c>.
/// </summary>
internal static class ExportFilterParser
{
    private static readonly string[] s_filterParameters = ["kinds", "within", "activeIn", "bbox", "asOf"];

    /// <summary>The filter, or null with a message saying what is wrong.</summary>
    public static EntityFilter? TryParse(IQueryCollection query, IReadOnlyCollection<string> extraParameters, out string? error)
    {
        error = null;
        foreach (string name in query.Keys)
        {
            if (!s_filterParameters.Contains(name, StringComparer.Ordinal) && !extraParameters.Contains(name, StringComparer.Ordinal))
            {
                error = $"Unknown query parameter '{name}'; expected {string.Join(", ", s_filterParameters.Concat(extraParameters))}.";
                return null;
            }
        }

        var kinds = new List<EntityKind>();
        foreach (string text in Items(query["kinds"]))
        {
            if (!ContractNames.TryParse(text, out EntityKind kind))
            {
                error = $"kinds: '{text}' is not an entity kind; expected one of {ContractNames.ListOf<EntityKind>()}.";
                return null;
            }

            kinds.Add(kind);
        }

        BoundingBox? box = null;
        if (query.TryGetValue("bbox", out StringValues bboxText) && !TryParseBox(bboxText.ToString(), out box, out error))
        {
            return null;
        }

        DateOnly? asOf = null;
        if (query.TryGetValue("asOf", out StringValues asOfText))
        {
            if (!DateOnly.TryParseExact(asOfText.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                error = $"asOf: '{asOfText}' is not a date in the form YYYY-MM-DD.";
                return null;
            }

            asOf = date;
        }

        return new EntityFilter
        {
            Kinds = query.ContainsKey("kinds") ? kinds : null,
            Within = query.ContainsKey("within") ? [.. Items(query["within"])] : null,
            ActiveIn = query.ContainsKey("activeIn") ? [.. Items(query["activeIn"])] : null,
            BoundingBox = box,
            AsOf = asOf,
        };
    }

    private static IEnumerable<string> Items(StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static bool TryParseBox(string text, out BoundingBox? box, out string? error)
    {
        box = null;
        error = null;
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries);
        var numbers = new double[4];
        if (parts.Length != 4)
        {
            error = $"bbox: expected four numbers west,south,east,north; got '{text}'.";
            return false;
        }

        for (int i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                error = $"bbox: '{parts[i]}' is not a number.";
                return false;
            }
        }

        (double west, double south, double east, double north) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        if (west is < -180 or > 180 || east is < -180 or > 180)
        {
            error = "bbox: west and east must be between -180 and 180.";
            return false;
        }

        if (south is < -90 or > 90 || north is < -90 or > 90)
        {
            error = "bbox: south and north must be between -90 and 90.";
            return false;
        }

        if (south > north)
        {
            error = "bbox: south must not be greater than north.";
            return false;
        }

        box = new BoundingBox(west, south, east, north);
        return true;
    }
}
