using System.Text;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Validation;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>One document to validate against one of the test schemas, with a label saying where it came from.</summary>
internal sealed record ValidationCase(string Label, string SchemaKey, string Document)
{
    public override string ToString() => $"[{Label}] on {SchemaKey}:\n{Document}";
}

/// <summary>
/// Runs validation cases through graphql-js (specifiedRules only) and through the engine
/// (<see cref="ValidationOptions.SpecifiedOnly"/>) and lists every case where the error lists differ:
/// count, order, message or any location.
/// </summary>
internal static class ValidationDifferential
{
    public sealed record Outcome(int Cases, int Valid, int Invalid, int OracleThrew, string? FirstThrow, List<string> Disagreements, TimeSpan OracleTime);

    public static Outcome Run(IReadOnlyList<ValidationCase> cases)
    {
        var requests = new List<JsonObject>(cases.Count);
        var schemaSent = new HashSet<string>(StringComparer.Ordinal);
        foreach (ValidationCase c in cases)
        {
            var request = new JsonObject { ["op"] = "validate", ["schemaKey"] = c.SchemaKey, ["document"] = c.Document };
            if (schemaSent.Add(c.SchemaKey))
            {
                request["sdl"] = ValidationSchemas.SdlByKey(c.SchemaKey);
            }

            requests.Add(request);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<JsonObject> answers = NodeOracle.Run(requests);
        TimeSpan oracleTime = clock.Elapsed;

        var disagreements = new List<string>();
        int valid = 0;
        int invalid = 0;
        int threw = 0;
        string? firstThrow = null;
        for (int i = 0; i < cases.Count; i++)
        {
            JsonObject answer = answers[i];
            if (answer["threw"] is { } thrown)
            {
                firstThrow ??= $"{(string?)thrown} on {cases[i]}";
                threw++;
                continue;
            }

            string expected = answer["parseError"] is JsonObject parseError
                ? "parse error: " + DescribeOracleError(parseError)
                : DescribeOracle(answer["errors"]!.AsArray());
            string ours = Ours(cases[i]);
            if (expected.Length == 0)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            if (expected != ours)
            {
                disagreements.Add($"{cases[i]}\n  graphql-js: {Show(expected)}\n  engine:     {Show(ours)}");
            }
        }

        return new Outcome(cases.Count, valid, invalid, threw, firstThrow, disagreements, oracleTime);
    }

    public static string Ours(ValidationCase c)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(c.Document);
        }
        catch (GraphQLSyntaxException e)
        {
            return $"parse error: {e.Message} @ {e.Line}:{e.Column}";
        }

        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(ValidationSchemas.ByKey(c.SchemaKey), document, ValidationOptions.SpecifiedOnly);
        return Describe(errors);
    }

    public static string Describe(IReadOnlyList<GraphQLError> errors)
    {
        var builder = new StringBuilder();
        foreach (GraphQLError error in errors)
        {
            builder.Append(error.Message).Append(" @");
            foreach (ErrorLocation location in error.Locations)
            {
                builder.Append(' ').Append(location.Line).Append(':').Append(location.Column);
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static string DescribeOracle(JsonArray errors)
    {
        var builder = new StringBuilder();
        foreach (JsonNode? error in errors)
        {
            builder.Append(DescribeOracleError(error!.AsObject())).Append('\n');
        }

        return builder.ToString();
    }

    private static string DescribeOracleError(JsonObject error)
    {
        var builder = new StringBuilder((string)error["message"]!).Append(" @");
        foreach (JsonNode? location in error["locations"]!.AsArray())
        {
            builder.Append(' ').Append((int)location!["line"]!).Append(':').Append((int)location["column"]!);
        }

        return builder.ToString();
    }

    private static string Show(string described) =>
        described.Length == 0 ? "(valid)" : "\n    " + described.TrimEnd('\n').Replace("\n", "\n    ", StringComparison.Ordinal);
}
