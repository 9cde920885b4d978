namespace ClusterGraph.GraphQL.Utilities;

/// <summary>How a runtime value behaves in JavaScript terms, which is what graphql-js's coercion rules test.</summary>
public enum JsKind
{
    Undefined,
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}
