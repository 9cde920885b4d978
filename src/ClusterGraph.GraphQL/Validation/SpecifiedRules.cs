using ClusterGraph.GraphQL.Validation.Rules;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// The rules of the spec's Validation section in graphql-js 16.11.0's order (which decides the order of
/// errors), followed by its one recommended rule, MaxIntrospectionDepth, which it includes in
/// <c>specifiedRules</c> too.
/// </summary>
public static class SpecifiedRules
{
    /// <summary>The rules, in order.</summary>
    public static IReadOnlyList<ValidationRuleFactory> All { get; } =
    [
        c => new ExecutableDefinitionsRule(c),
        c => new UniqueOperationNamesRule(c),
        c => new LoneAnonymousOperationRule(c),
        c => new SingleFieldSubscriptionsRule(c),
        c => new KnownTypeNamesRule(c),
        c => new FragmentsOnCompositeTypesRule(c),
        c => new VariablesAreInputTypesRule(c),
        c => new ScalarLeafsRule(c),
        c => new FieldsOnCorrectTypeRule(c),
        c => new UniqueFragmentNamesRule(c),
        c => new KnownFragmentNamesRule(c),
        c => new NoUnusedFragmentsRule(c),
        c => new PossibleFragmentSpreadsRule(c),
        c => new NoFragmentCyclesRule(c),
        c => new UniqueVariableNamesRule(c),
        c => new NoUndefinedVariablesRule(c),
        c => new NoUnusedVariablesRule(c),
        c => new KnownDirectivesRule(c),
        c => new UniqueDirectivesPerLocationRule(c),
        c => new KnownArgumentNamesRule(c),
        c => new UniqueArgumentNamesRule(c),
        c => new ValuesOfCorrectTypeRule(c),
        c => new ProvidedRequiredArgumentsRule(c),
        c => new VariablesInAllowedPositionRule(c),
        c => new OverlappingFieldsCanBeMergedRule(c),
        c => new UniqueInputFieldNamesRule(c),
        c => new MaxIntrospectionDepthRule(c),
    ];
}
