using ClusterGraph.Fuzz.Tests.Parsing;

namespace ClusterGraph.Fuzz.Tests.Harness;

/// <summary>The targets by name, for the console entry and the tests.</summary>
internal static class FuzzTargets
{
    public static readonly string[] Names = ["parser", "validator", "http"];

    public static FuzzTarget Create(string name) => name switch
    {
        "parser" => new ParserTarget(),
        "validator" => new Validation.ValidatorTarget(),
        "http" => new Http.HttpTarget(),
        _ => throw new ArgumentException($"Unknown fuzz target '{name}'; known: {string.Join(", ", Names)}.", nameof(name)),
    };
}
