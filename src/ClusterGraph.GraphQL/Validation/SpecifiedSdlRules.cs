using ClusterGraph.GraphQL.Validation.Rules;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// The rules graphql-js 16.11.0 checks SDL with before building a schema from it (<c>specifiedSDLRules</c>,
/// run by <c>assertValidSDL</c> in <c>buildASTSchema</c>), in its order. Several are shared with the
/// executable-document rules (<see cref="SpecifiedRules"/>).
/// </summary>
public static class SpecifiedSdlRules
{
    /// <summary>The rules, in order.</summary>
    public static IReadOnlyList<ValidationRuleFactory> All { get; } =
    [
        c => new LoneSchemaDefinitionRule(c),
        c => new UniqueOperationTypesRule(c),
        c => new UniqueTypeNamesRule(c),
        c => new UniqueEnumValueNamesRule(c),
        c => new UniqueFieldDefinitionNamesRule(c),
        c => new UniqueArgumentDefinitionNamesRule(c),
        c => new UniqueDirectiveNamesRule(c),
        c => new KnownTypeNamesRule(c),
        c => new KnownDirectivesRule(c),
        c => new UniqueDirectivesPerLocationRule(c),
        c => new PossibleTypeExtensionsRule(c),
        c => new KnownArgumentNamesOnDirectivesRule(c),
        c => new UniqueArgumentNamesRule(c),
        c => new UniqueInputFieldNamesRule(c),
        c => new ProvidedRequiredArgumentsOnDirectivesRule(c),
    ];
}
