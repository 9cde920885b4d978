using System.Text;
using ClusterGraph.Fuzz.Tests.Harness;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Validation;
using ClusterGraph.GraphQL.Validation.Limits;

namespace ClusterGraph.Fuzz.Tests.Validation;

/// <summary>
/// <see cref="DocumentValidator"/> over the contract and the kitchen-sink schema (an input's first line
/// "# schema: kitchen-sink" picks the second), each document validated three ways: HTTP defaults, spec rules
/// only (graphql-js's behaviour), and with the token, alias and directive limits raised so the rules'
/// algorithms meet the whole document. Oracles: no exception; at most MaxErrors errors plus the abort
/// notice; every error has a message and locations inside the document (only the abort notice has none);
/// the spec-only errors reappear under the defaults unless the defaults stopped early; a valid document's
/// cost is a finite non-negative number.
/// </summary>
internal sealed class ValidatorTarget : FuzzTarget
{
    public const string KitchenSinkMarker = "# schema: kitchen-sink";

    private static readonly ParserOptions s_parserOptions = new() { MaxTokens = 50_000 };

    private static readonly ValidationOptions s_raised = new() { MaxTokens = 2_000_000, MaxAliases = 1_000_000, MaxDirectives = 1_000_000 };

    private static readonly (string Name, ValidationOptions Options)[] s_optionSets =
        [("defaults", ValidationOptions.Default), ("spec only", ValidationOptions.SpecifiedOnly), ("raised limits", s_raised)];

    private static readonly string[] s_tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "...", " ", "\n", "on ", "fragment F0 on Query ", "...F0 ", "... on Query ",
        "__typename ", "__schema ", "__type(name: \"Query\") ", "ofType { ", "@include(if: true) ", "@skip(if: $v0) ", "@tag(name: \"x\") ",
        "@once ", "@limit(strict: true) ", "$v0", "query Op($v0: Int!) ", "a0: ", "first: 2147483647 ", "first: -1 ", "null ",
        "\"x\" ", "1.5 ", "[1, 2] ", "{ a: 1 } ", "entity(id: \"region:incheon\") { id } ", "entities(first: 100) { edges { node { id } } } ",
        "search(text: \"반도체\") { id } ", "node(id: \"x\") { ... on Company { id } } ", "region ", "partners(first: 3) { id } ",
    ];

    public override string Name => "validator";

    public override string FileExtension => ".graphql";

    public override IReadOnlyList<byte[]> Dictionary { get; } = [.. s_tokens.Select(Encoding.UTF8.GetBytes)];

    public override byte[] Generate(Random random)
    {
        bool kitchenSink = random.Next(2) == 0;
        string document = new SchemaDocumentGenerator(kitchenSink ? FuzzSchemas.KitchenSink : FuzzSchemas.Contract, random).Document();
        return Encoding.UTF8.GetBytes(kitchenSink ? KitchenSinkMarker + "\n" + document : document);
    }

    public override FuzzOutcome Run(byte[] input)
    {
        string text = Encoding.UTF8.GetString(input);
        bool kitchenSink = text.StartsWith(KitchenSinkMarker, StringComparison.Ordinal);
        Schema schema = kitchenSink ? FuzzSchemas.KitchenSink : FuzzSchemas.Contract;
        DocumentNode document;
        try
        {
            document = Parser.Parse(text, s_parserOptions);
        }
        catch (GraphQLSyntaxException e)
        {
            return FuzzOutcome.Held("syntax: " + Signatures.Shape(e.Description));
        }

        int lineCount = new Parsing.LineMap(text).At(text.Length).Line;
        var results = new IReadOnlyList<GraphQLError>[s_optionSets.Length];
        for (int i = 0; i < s_optionSets.Length; i++)
        {
            (string name, ValidationOptions options) = s_optionSets[i];
            results[i] = DocumentValidator.Validate(schema, document, options);
            if (CheckErrors(results[i], options, lineCount) is { } bad)
            {
                return FuzzOutcome.Failed($"{name}: {bad}");
            }
        }

        if (SpecifiedErrorMissingFromDefaults(results[1], results[0]) is { } missing)
        {
            return FuzzOutcome.Failed("A spec-rule error is missing under the default options: " + missing);
        }

        if (results[0].Count == 0)
        {
            foreach (OperationCost cost in CostAnalyzer.Compute(schema, document, ValidationOptions.Default))
            {
                if (!double.IsFinite(cost.Cost) || cost.Cost < 0)
                {
                    return FuzzOutcome.Failed($"Operation {cost.OperationName ?? "(anonymous)"} costs {cost.Cost}");
                }
            }
        }

        string shapes = string.Join(" | ", results[0].Concat(results[2]).Select(e => Signatures.Shape(e.Message)).Distinct().Order(StringComparer.Ordinal));
        return FuzzOutcome.Held((kitchenSink ? "kitchen-sink: " : "contract: ") + (shapes.Length == 0 ? "valid" : shapes));
    }

    private static string? CheckErrors(IReadOnlyList<GraphQLError> errors, ValidationOptions options, int lineCount)
    {
        if (errors.Count > options.MaxErrors + 1)
        {
            return $"{errors.Count} errors, more than MaxErrors ({options.MaxErrors}) + the abort notice";
        }

        foreach (GraphQLError error in errors)
        {
            if (string.IsNullOrWhiteSpace(error.Message))
            {
                return "an error without a message";
            }

            if (error.Locations.Count == 0 && error.Message != ValidationContext.TooManyErrorsMessage)
            {
                return "an error without a location: " + error.Message;
            }

            foreach (ErrorLocation location in error.Locations)
            {
                if (location.Line < 1 || location.Line > lineCount || location.Column < 1)
                {
                    return $"location {location.Line}:{location.Column} outside the document's {lineCount} lines: {error.Message}";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The defaults run the spec rules and then the limit rules in the same walk, so every spec-rule error
    /// must be among theirs, unless they stopped early (error cap, or a limit aborting the walk).
    /// </summary>
    private static string? SpecifiedErrorMissingFromDefaults(IReadOnlyList<GraphQLError> specified, IReadOnlyList<GraphQLError> defaults)
    {
        if (defaults.Count >= ValidationOptions.Default.MaxErrors || defaults.Any(e => e.Message.Contains("aborted", StringComparison.OrdinalIgnoreCase))
            || specified.Any(e => e.Message == ValidationContext.TooManyErrorsMessage))
        {
            return null;
        }

        var present = new HashSet<string>(defaults.Select(Key), StringComparer.Ordinal);
        return specified.Select(Key).FirstOrDefault(key => !present.Contains(key));
    }

    private static string Key(GraphQLError error) =>
        error.Message + " @ " + string.Join(",", error.Locations.Select(l => $"{l.Line}:{l.Column}"));
}
