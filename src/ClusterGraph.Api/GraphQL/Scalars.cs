using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.Api.GraphQL;

/// <summary>The contract's custom scalars: Date, DateTime, URL and GeoJSON.</summary>
internal static class Scalars
{
    public static IEnumerable<ScalarType> All => [new DateScalar(), new DateTimeScalar(), new UrlScalar(), new GeoJsonScalar()];

    /// <summary>Text of a string input, from a variable (JSON) or a literal; null when not a string.</summary>
    internal static string? TextOf(object? value) => value switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        JsonValue v when v.TryGetValue(out string? s) => s,
        _ => null,
    };

    private sealed class DateScalar() : ScalarType("Date")
    {
        public override object? Serialize(object? value) => value switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime dateTime => DateOnly.FromDateTime(dateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new GraphQLError($"Date cannot represent value: {value}"),
        };

        public override object? ParseValue(object? value) => Parse(TextOf(value), value);

        public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) =>
            value is StringValueNode text ? Parse(text.Value, text.Value) : throw new GraphQLError("Date cannot represent a non-string value.");

        private static DateOnly Parse(string? text, object? original) =>
            text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
                ? date
                : throw new GraphQLError($"Date must be a calendar date as YYYY-MM-DD, got: {Describe(original)}");
    }

    private sealed class DateTimeScalar() : ScalarType("DateTime")
    {
        private static readonly string[] s_formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

        public override object? Serialize(object? value) => value switch
        {
            DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            DateTime dateTime => new DateTimeOffset(dateTime.ToUniversalTime()).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            _ => throw new GraphQLError($"DateTime cannot represent value: {value}"),
        };

        public override object? ParseValue(object? value) => Parse(TextOf(value), value);

        public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) =>
            value is StringValueNode text ? Parse(text.Value, text.Value) : throw new GraphQLError("DateTime cannot represent a non-string value.");

        private static DateTimeOffset Parse(string? text, object? original) =>
            text is not null && (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 9)
            && DateTimeOffset.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset instant)
                ? instant
                : throw new GraphQLError($"DateTime must be an RFC 3339 date-time with an offset, got: {Describe(original)}");
    }

    private sealed class UrlScalar() : ScalarType("URL")
    {
        public override object? Serialize(object? value) => value switch
        {
            string s => s,
            Uri uri => uri.AbsoluteUri,
            _ => throw new GraphQLError($"URL cannot represent value: {value}"),
        };

        public override object? ParseValue(object? value) => Parse(TextOf(value), value);

        public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) =>
            value is StringValueNode text ? Parse(text.Value, text.Value) : throw new GraphQLError("URL cannot represent a non-string value.");

        private static string Parse(string? text, object? original) =>
            text is not null && Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https"
                ? text
                : throw new GraphQLError($"URL must be an absolute http(s) URL, got: {Describe(original)}");
    }

    /// <summary>Output only in the contract; as input it takes a JSON object (a variable or an object literal).</summary>
    private sealed class GeoJsonScalar() : ScalarType("GeoJSON")
    {
        public override object? Serialize(object? value) => value is JsonObject or JsonElement { ValueKind: JsonValueKind.Object } or RawJsonValue
            ? value
            : throw new GraphQLError("GeoJSON must be a JSON object.");

        public override object? ParseValue(object? value) => value is JsonElement { ValueKind: JsonValueKind.Object } or JsonObject or IReadOnlyDictionary<string, object?>
            ? value
            : throw new GraphQLError("GeoJSON input must be a JSON object.");
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        _ => value.ToString() ?? "?",
    };
}
