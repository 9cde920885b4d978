using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Types;
using Xunit.Abstractions;

namespace ClusterGraph.GraphQL.Tests.Conformance.Sdl;

/// <summary>
/// Differential SDL checking against graphql-js 16.11.0's buildSchema (tests/conformance/ops/sdl.mjs):
/// for each SDL text, the errors <see cref="SchemaBuilder.Build(string)"/> throws must equal graphql-js's,
/// message and locations, compared as sorted lists: its SDL rules (validateSDL, what assertValidSDL
/// throws), else the one error building throws (an invalid @deprecated or @specifiedBy argument), else
/// validateSchema's errors (messages only here; their locations are the schema validation tests' business).
/// A schema both accept must print identically.
/// </summary>
public sealed class SdlValidationConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Hand_written_sdl_matches_graph_ql_js()
    {
        List<(string Group, string Sdl)> cases = [.. SdlHandWrittenCases.All()];
        Dictionary<string, int> rejected = Compare([.. cases.Select(c => c.Sdl)]);
        Assert.True(cases.Count >= 180, $"Only {cases.Count} hand-written cases.");
        Assert.True(rejected.GetValueOrDefault("sdl") >= 130, $"Only {rejected.GetValueOrDefault("sdl")} cases are rejected by the SDL rules.");

        // Every group but the look-alikes has cases graphql-js rejects.
        foreach (IGrouping<string, (string Group, string Sdl)> group in cases.GroupBy(c => c.Group))
        {
            Assert.Contains(group, c => Throws(c.Sdl));
        }
    }

    [Fact]
    public void Generated_sdl_matches_graph_ql_js()
    {
        Dictionary<string, int> stages = Compare([.. SdlCaseGenerator.Generate(seed: 20261122, count: 1500)]);
        Assert.True(stages.GetValueOrDefault("sdl") >= 500, $"Only {stages.GetValueOrDefault("sdl")} generated cases are rejected by the SDL rules.");
        Assert.True(stages.GetValueOrDefault("valid") + stages.GetValueOrDefault("schema") >= 100, "Too few generated cases pass the SDL rules.");
    }

    private static bool Throws(string sdl)
    {
        try
        {
            SchemaBuilder.Build(sdl);
            return false;
        }
        catch (SchemaException)
        {
            return true;
        }
    }

    /// <summary>Compares every case; returns how many graphql-js answered at each stage.</summary>
    private Dictionary<string, int> Compare(IReadOnlyList<string> sdls)
    {
        IReadOnlyList<JsonObject> answers = NodeOracle.Run([.. sdls.Select(sdl => new JsonObject { ["op"] = "sdl", ["sdl"] = sdl })]);
        var stages = new Dictionary<string, int>(StringComparer.Ordinal);
        var disagreements = new List<string>();
        for (int i = 0; i < sdls.Count; i++)
        {
            string stage = (string)answers[i]["stage"]!;
            stages[stage] = stages.GetValueOrDefault(stage) + 1;
            if (Disagreement(sdls[i], answers[i], stage) is { } difference)
            {
                disagreements.Add($"{sdls[i].ReplaceLineEndings(" ")}\n  {difference}");
            }
        }

        foreach (string disagreement in disagreements.Take(20))
        {
            output.WriteLine(disagreement);
        }

        output.WriteLine($"{sdls.Count} SDL texts; graphql-js stages: {string.Join(", ", stages.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"))}; {disagreements.Count} disagreements.");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {sdls.Count} SDL texts disagree with graphql-js; first:\n{string.Join("\n", disagreements.Take(5))}");
        return stages;
    }

    private static string? Disagreement(string sdl, JsonObject answer, string stage)
    {
        if (stage == "parse")
        {
            return "graphql-js cannot parse it (the generator must only write valid syntax): " + answer.ToJsonString();
        }

        bool withLocations = stage != "schema";
        List<string> expected = [.. answer["errors"]!.AsArray().Select(e => Key(e!.AsObject(), withLocations))];
        List<string> actual;
        Schema? schema = null;
        try
        {
            schema = SchemaBuilder.Build(sdl);
            actual = [];
        }
        catch (SchemaException e)
        {
            actual = [.. e.Errors.Select(error => Key(error, withLocations))];
        }

        expected.Sort(StringComparer.Ordinal);
        actual.Sort(StringComparer.Ordinal);
        if (!expected.SequenceEqual(actual))
        {
            return $"graphql-js ({stage}): {string.Join(" | ", expected)}\n  ours: {string.Join(" | ", actual)}";
        }

        if (schema is not null && stage == "valid" && SchemaPrinter.Print(schema) != (string)answer["printed"]!)
        {
            return $"printed schemas differ:\n--- graphql-js\n{answer["printed"]}\n--- ours\n{SchemaPrinter.Print(schema)}";
        }

        return null;
    }

    private static string Key(JsonObject error, bool withLocations) =>
        (string)error["message"]! + (withLocations
            ? " @" + string.Join(",", error["locations"]!.AsArray().Select(l => $"{(int)l!["line"]!}:{(int)l["column"]!}"))
            : string.Empty);

    private static string Key(GraphQLError error, bool withLocations) =>
        error.Message + (withLocations ? " @" + string.Join(",", error.Locations.Select(l => $"{l.Line}:{l.Column}")) : string.Empty);
}
