using System.Runtime.CompilerServices;
using ClusterGraph.GraphQL.Errors;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// Which rule produced a validation error, for operators (metrics by rule). Kept beside the error rather
/// than in it, so the error's message and <c>extensions</c> stay exactly what graphql-js reports.
/// </summary>
public static class ValidationErrorRules
{
    /// <summary>The rule of graphql-js's "Too many validation errors" error (the error limit was reached).</summary>
    public const string ErrorLimit = "MaxErrorsLimit";

    /// <summary>The rule of the error for a document nested too deeply to walk.</summary>
    public const string NestingLimit = "MaxNestingLimit";

    private static readonly ConditionalWeakTable<GraphQLError, string> s_rules = [];

    /// <summary>The rule's name (its type name, e.g. <c>ScalarLeafsRule</c>), or null for an error no validation rule reported.</summary>
    public static string? RuleOf(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return s_rules.TryGetValue(error, out string? rule) ? rule : null;
    }

    internal static GraphQLError Attach(GraphQLError error, string rule)
    {
        s_rules.AddOrUpdate(error, rule);
        return error;
    }
}
