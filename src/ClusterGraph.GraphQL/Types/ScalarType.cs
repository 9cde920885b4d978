using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Types;

/// <summary>
/// A scalar. A custom scalar subclasses this and overrides the three coercions; by default each is
/// the identity (literal → untyped JSON-like value), as graphql-js's defaults are. A coercion rejects
/// a value by throwing <see cref="GraphQLError"/> with the message the client should see.
/// </summary>
public class ScalarType : NamedType
{
    public ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy(url:)</c>).</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>Result coercion: a resolver's value → the value written to the response.</summary>
    public virtual object? Serialize(object? value) => value;

    /// <summary>Input coercion of a variable's (JSON) value → the internal value.</summary>
    public virtual object? ParseValue(object? value) => value;

    /// <summary>Input coercion of a literal in the document → the internal value.</summary>
    public virtual object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) =>
        ValueFromAst.Untyped(value, variables);
}
