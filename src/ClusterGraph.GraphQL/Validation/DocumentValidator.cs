using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema: the spec's rules as graphql-js 16.11.0 runs them
/// (<see cref="SpecifiedRules"/>), then, unless turned off, the abuse limits (<see cref="LimitRules"/>). One
/// walk over the document serves every rule. Errors come back in graphql-js's order; the executor may
/// run the document only when the list is empty. For hot documents use <see cref="ValidatedDocumentCache"/>.
/// </summary>
public static class DocumentValidator
{
    /// <summary>Validates with the specified rules and, when <see cref="ValidationOptions.EnableLimits"/>, the limit rules.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        return Validate(schema, document, options.EnableLimits ? s_allRules : SpecifiedRules.All, options);
    }

    /// <summary>Validates with the given rules, in order.</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema, DocumentNode document, IReadOnlyList<ValidationRuleFactory> rules, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rules);
        var context = new ValidationContext(schema, document, options ?? ValidationOptions.Default);
        var instances = new ValidationRule[rules.Count];
        for (int i = 0; i < instances.Length; i++)
        {
            instances[i] = rules[i](context);
        }

        var walker = new DocumentWalker(context, context.TypeInfo, instances, context.AncestorList);
        walker.Walk(document);
        return context.Errors;
    }

    private static readonly IReadOnlyList<ValidationRuleFactory> s_allRules = [.. SpecifiedRules.All, .. LimitRules.All];
}
