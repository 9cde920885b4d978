using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// A variable used in a value position: the input type expected there (null when unknown), whether that
/// position has a default value, and the input type around it (the input object holding the field, if any).
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault, GraphQLType? ParentType);
