using Xunit.Abstractions;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Validation against graphql-js 16.11.0's <c>validate</c> with <c>specifiedRules</c> only: for every
/// document both must report the same errors, in the same order, with the same messages and locations
/// (so the same counts, pairwise field-merge conflicts and the 100-error stop included).
/// </summary>
public sealed class ValidationConformanceTests(ITestOutputHelper output)
{
    /// <summary>Set to replay a generated corpus; the seed in use is printed by every run.</summary>
    public const string SeedVariable = "CLUSTERGRAPH_VALIDATION_SEED";

    private const int GeneratedKitchenSink = 3_000;
    private const int GeneratedContract = 2_000;

    [Fact]
    public void Hand_written_documents_get_graphql_js_errors()
    {
        IReadOnlyList<ValidationCase> cases = ValidationHandWrittenCases.All();
        var perRule = cases.GroupBy(c => c.Label).ToDictionary(g => g.Key, g => g.Count());
        Report("Hand-written validation cases per rule: " + string.Join(", ", perRule.Select(p => $"{p.Key} {p.Value}")));
        foreach (string rule in SpecRuleNames)
        {
            Assert.True(perRule.GetValueOrDefault(rule) >= 20, $"{rule} has {perRule.GetValueOrDefault(rule)} hand-written cases; at least 20 are wanted.");
        }

        AssertAgreement(ValidationDifferential.Run(cases), "hand-written", null);
    }

    [Fact]
    public void Generated_documents_get_graphql_js_errors()
    {
        int seed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } text
            ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        var cases = new List<ValidationCase>();
        cases.AddRange(new ValidationDocumentGenerator(ValidationSchemas.KitchenSink, "kitchen-sink", seed).Generate(GeneratedKitchenSink));
        cases.AddRange(new ValidationDocumentGenerator(ValidationSchemas.Contract, "contract", seed + 1).Generate(GeneratedContract));
        Report($"Generated validation corpus: {cases.Count} documents with seed {seed}; replay with {SeedVariable}={seed}.");
        AssertAgreement(ValidationDifferential.Run(cases), "generated", seed);
    }

    /// <summary>The rules of graphql-js 16.11.0's specifiedRules, by the labels the hand-written cases use.</summary>
    internal static readonly string[] SpecRuleNames =
    [
        "ExecutableDefinitions", "UniqueOperationNames", "LoneAnonymousOperation", "SingleFieldSubscriptions",
        "KnownTypeNames", "FragmentsOnCompositeTypes", "VariablesAreInputTypes", "ScalarLeafs", "FieldsOnCorrectType",
        "UniqueFragmentNames", "KnownFragmentNames", "NoUnusedFragments", "PossibleFragmentSpreads", "NoFragmentCycles",
        "UniqueVariableNames", "NoUndefinedVariables", "NoUnusedVariables", "KnownDirectives", "UniqueDirectivesPerLocation",
        "KnownArgumentNames", "UniqueArgumentNames", "ValuesOfCorrectType", "ProvidedRequiredArguments",
        "VariablesInAllowedPosition", "OverlappingFieldsCanBeMerged", "UniqueInputFieldNames", "MaxIntrospectionDepth",
    ];

    private void AssertAgreement(ValidationDifferential.Outcome outcome, string corpus, int? seed)
    {
        Report($"Validation conformance ({corpus}): {outcome.Cases} documents, {outcome.Valid} valid, {outcome.Invalid} invalid, "
            + $"{outcome.OracleThrew} on which graphql-js itself threw (not compared), {outcome.Disagreements.Count} disagreements "
            + $"(oracle {outcome.OracleTime.TotalSeconds:F1} s)."
            + (outcome.FirstThrow is null ? string.Empty : $"\nFirst document graphql-js threw on: {outcome.FirstThrow}"));
        Assert.True(outcome.Disagreements.Count == 0,
            $"{outcome.Disagreements.Count} disagreements with graphql-js{(seed is null ? string.Empty : $" (seed {seed})")}:\n"
                + string.Join("\n", outcome.Disagreements.Take(20)));
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
