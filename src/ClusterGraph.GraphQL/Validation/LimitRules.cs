using ClusterGraph.GraphQL.Validation.Limits;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// The engine's abuse limits as validation rules, run after the specified rules; each reads its limit from
/// <see cref="ValidationOptions"/> (0 or less turns it off).
/// </summary>
public static class LimitRules
{
    /// <summary>Depth (with the introspection <c>ofType</c> cap), aliases, directives, fragment visits, cost.</summary>
    public static IReadOnlyList<ValidationRuleFactory> All { get; } =
    [
        c => new MaxDepthRule(c),
        c => new MaxAliasesRule(c),
        c => new MaxDirectivesRule(c),
        c => new MaxFragmentVisitsRule(c),
        c => new MaxCostRule(c),
    ];
}
