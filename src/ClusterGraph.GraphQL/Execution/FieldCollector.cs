using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Introspection;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>
/// CollectFields (https://spec.graphql.org/October2021/#sec-Field-Collection): groups the selections
/// that apply to an object type by response key, honouring @skip/@include and fragment type conditions.
/// Fields the type does not define are dropped, as graphql-js does.
/// </summary>
internal static class FieldCollector
{
    private const int MaxDepth = 256;

    public static CollectedFields CollectRoot(ExecutionState state, ObjectType type, SelectionSetNode selectionSet)
    {
        var groups = new List<FieldGroup>();
        Collect(state, type, selectionSet, groups, null, 0);
        return Finish(groups);
    }

    public static CollectedFields CollectSubfields(ExecutionState state, ObjectType type, FieldGroup parent)
    {
        if (parent.GetCachedSubfields(type) is { } cached)
        {
            return cached;
        }

        var groups = new List<FieldGroup>();
        HashSet<string>? visited = null;
        foreach (FieldNode node in parent.Nodes)
        {
            if (node.SelectionSet is not null)
            {
                Collect(state, type, node.SelectionSet, groups, visited ??= new HashSet<string>(StringComparer.Ordinal), 0);
            }
        }

        CollectedFields collected = Finish(groups);
        parent.CacheSubfields(type, collected);
        return collected;
    }

    private static CollectedFields Finish(List<FieldGroup> groups)
    {
        var keys = new string[groups.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = groups[i].ResponseName;
        }

        return new CollectedFields([.. groups], keys);
    }

    private static void Collect(
        ExecutionState state, ObjectType type, SelectionSetNode selectionSet, List<FieldGroup> groups, HashSet<string>? visited, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new GraphQLError($"Fragments nest deeper than {MaxDepth} levels.");
        }

        foreach (SelectionNode selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(state, field.Directives))
                    {
                        continue;
                    }

                    string key = field.Alias?.Value ?? field.Name.Value;
                    FieldGroup? group = Find(groups, key);
                    if (group is not null)
                    {
                        group.Nodes.Add(field);
                    }
                    else if (GetFieldDefinition(state.Schema, type, field.Name.Value) is { } definition)
                    {
                        groups.Add(new FieldGroup(type, key, field, definition));
                    }

                    break;

                case InlineFragmentNode inline:
                    if (!ShouldInclude(state, inline.Directives) || !ConditionMatches(state.Schema, inline.TypeCondition, type))
                    {
                        continue;
                    }

                    Collect(state, type, inline.SelectionSet, groups, visited, depth + 1);
                    break;

                case FragmentSpreadNode spread:
                    string name = spread.Name.Value;
                    visited ??= new HashSet<string>(StringComparer.Ordinal);
                    if (visited.Contains(name) || !ShouldInclude(state, spread.Directives))
                    {
                        continue;
                    }

                    visited.Add(name);
                    if (!state.Fragments.TryGetValue(name, out FragmentDefinitionNode? fragment) || !ConditionMatches(state.Schema, fragment.TypeCondition, type))
                    {
                        continue;
                    }

                    Collect(state, type, fragment.SelectionSet, groups, visited, depth + 1);
                    break;
            }
        }
    }

    private static FieldGroup? Find(List<FieldGroup> groups, string key)
    {
        foreach (FieldGroup group in groups)
        {
            if (group.ResponseName == key)
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>The field a name selects on a type, including the meta fields.</summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, ObjectType type, string name)
    {
        if (name.Length > 1 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename")
            {
                return IntrospectionTypes.TypeNameField;
            }

            if (ReferenceEquals(type, schema.QueryType))
            {
                if (name == "__schema")
                {
                    return IntrospectionTypes.SchemaField;
                }

                if (name == "__type")
                {
                    return IntrospectionTypes.TypeField;
                }
            }
        }

        return type.GetField(name);
    }

    private static bool ConditionMatches(Schema schema, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        NamedType? conditional = schema.GetType(condition.Name.Value);
        if (ReferenceEquals(conditional, type))
        {
            return true;
        }

        return conditional is not null && conditional.IsAbstractType && schema.IsSubType(conditional, type);
    }

    /// <summary>@skip(if:) and @include(if:), their arguments coerced like any directive's.</summary>
    private static bool ShouldInclude(ExecutionState state, IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0)
        {
            return true;
        }

        DirectiveNode? skip = null;
        DirectiveNode? include = null;
        foreach (DirectiveNode directive in directives)
        {
            if (directive.Name.Value == "skip")
            {
                skip ??= directive;
            }
            else if (directive.Name.Value == "include")
            {
                include ??= directive;
            }
        }

        if (skip is not null && IfArgument(state, BuiltInDirectives.Skip, skip))
        {
            return false;
        }

        return include is null || IfArgument(state, BuiltInDirectives.Include, include);
    }

    private static bool IfArgument(ExecutionState state, DirectiveDefinition definition, DirectiveNode directive) =>
        ArgumentValues.Coerce(definition.Arguments, directive.Arguments, directive, state.Variables).TryGetValue("if", out object? value)
            && value is true;
}
