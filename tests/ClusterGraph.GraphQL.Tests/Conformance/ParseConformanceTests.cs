using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Tests.Conformance.Corpus;
using Xunit.Abstractions;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>
/// The parser against graphql-js 16.11.0 over the whole corpus, in one Node process: every valid
/// document must print the same and give the same AST (locations included); every invalid one must
/// fail with the same first error (message, line, column).
/// </summary>
public sealed class ParseConformanceTests(ITestOutputHelper output)
{
    /// <summary>Set to replay a generated corpus; the seed in use is printed by every run.</summary>
    public const string SeedVariable = "CLUSTERGRAPH_PARSE_SEED";

    private const int GeneratedValid = 1_300;
    private const int GeneratedMutations = 3_900;

    [Fact]
    public void Parser_agrees_with_graphql_js_over_the_whole_corpus()
    {
        int seed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } text
            ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
            : Random.Shared.Next();

        var cases = new List<CorpusCase>();
        cases.AddRange(KitchenSink.Cases());
        int handWritten = HandWrittenCases.All().Count();
        cases.AddRange(HandWrittenCases.All());
        var generator = new DocumentGenerator(seed);
        var generated = generator.Corpus(GeneratedValid, GeneratedMutations);
        cases.AddRange(generated);

        Report($"Parse conformance corpus: {cases.Count} documents ({KitchenSink.Cases().Count()} kitchen-sink, "
            + $"{handWritten} hand-written, {generated.Count} generated with seed {seed}; replay with {SeedVariable}={seed}).");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<JsonObject> answers = NodeOracle.Run(cases.Select(c => c.ToRequest()).ToList());
        TimeSpan oracleTime = clock.Elapsed;
        clock.Restart();

        var disagreements = new List<string>();
        int valid = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            ParseOutcome expected = ParseOutcome.FromOracle(answers[i]);
            valid += expected.Ok ? 1 : 0;
            ParseOutcome ours = ParseOutcome.Ours(cases[i]);
            string? difference = ours.Difference(expected);
            if (difference is null && ParseOutcome.OursFromUtf8(cases[i]) is { } fromBytes)
            {
                difference = fromBytes.Difference(expected) is { } d ? "UTF-8 API: " + d : null;
            }

            if (difference is not null)
            {
                disagreements.Add($"{cases[i]}\n  {difference}");
            }
        }

        Report($"Parse conformance: {valid} valid and {cases.Count - valid} invalid documents, {disagreements.Count} disagreements with graphql-js "
            + $"(oracle {oracleTime.TotalSeconds:F1} s, comparison {clock.Elapsed.TotalSeconds:F1} s).");
        Assert.True(disagreements.Count == 0,
            $"{disagreements.Count} disagreements with graphql-js (seed {seed}):\n" + string.Join("\n", disagreements.Take(25)));
    }

    [Fact]
    public void Token_limit_and_no_location_agree_with_graphql_js()
    {
        string[] documents = [KitchenSink.Query, KitchenSink.Schema, "{ a b c }", "{ a # comment\n b }", "query Q($v: [Int!] = [1, 2]) { a(x: $v) }", "{ a(x: \"s\" y: \"\"\"b\"\"\") }"];
        int[] limits = [0, 1, 2, 3, 4, 5, 8, 50, 200];
        var requests = new List<JsonObject>();
        var expectations = new List<(string Document, int Limit)>();
        foreach (string document in documents)
        {
            foreach (int limit in limits)
            {
                requests.Add(new JsonObject { ["op"] = "parse", ["source"] = document, ["maxTokens"] = limit, ["noLocation"] = true, ["ast"] = true });
                expectations.Add((document, limit));
            }
        }

        IReadOnlyList<JsonObject> answers = NodeOracle.Run(requests);

        var disagreements = new List<string>();
        for (int i = 0; i < answers.Count; i++)
        {
            (string document, int limit) = expectations[i];
            ParseOutcome ours;
            try
            {
                DocumentNode tree = Parser.Parse(document, new ParserOptions { MaxTokens = limit, NoLocation = true });
                ours = new ParseOutcome(true, Printer.Print(tree), ParseAstJson.ToJson(tree), null, 0, 0);
            }
            catch (GraphQLSyntaxException e)
            {
                ours = new ParseOutcome(false, null, null, e.Message, e.Line, e.Column);
            }

            if (ours.Difference(ParseOutcome.FromOracle(answers[i])) is { } difference)
            {
                disagreements.Add($"maxTokens {limit}: {document}\n  {difference}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
