using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Types;

/// <summary>
/// Finds input objects that reference themselves through non-null fields only, which no finite value
/// can satisfy (https://spec.graphql.org/October2021/#sec-Input-Objects.Type-Validation). Iterative
/// depth-first search, so deep chains cannot overflow the stack.
/// </summary>
internal static class InputCycleFinder
{
    public static void Find(Schema schema, List<GraphQLError> errors)
    {
        var visited = new HashSet<InputObjectType>(ReferenceEqualityComparer.Instance);
        foreach (NamedType type in schema.Types)
        {
            if (type is InputObjectType input && !visited.Contains(input))
            {
                Search(input, visited, errors);
            }
        }
    }

    private static void Search(InputObjectType root, HashSet<InputObjectType> visited, List<GraphQLError> errors)
    {
        // Stack frames: the type, the index of its next field to explore.
        var stack = new List<(InputObjectType Type, int Next)> { (root, 0) };
        var path = new List<InputValueDefinition>();
        var onPath = new Dictionary<InputObjectType, int>(ReferenceEqualityComparer.Instance) { [root] = 0 };
        visited.Add(root);
        while (stack.Count > 0)
        {
            (InputObjectType type, int next) = stack[^1];
            if (next >= type.Fields.Count)
            {
                stack.RemoveAt(stack.Count - 1);
                onPath.Remove(type);
                if (path.Count > 0)
                {
                    path.RemoveAt(path.Count - 1);
                }

                continue;
            }

            stack[^1] = (type, next + 1);
            InputValueDefinition field = type.Fields[next];
            if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
            {
                continue;
            }

            if (onPath.TryGetValue(fieldType, out int start))
            {
                List<InputValueDefinition> cycle = [.. path.Skip(start), field];
                string pathText = string.Join(".", cycle.Select(f => f.Name));
                var nodes = cycle.Select(f => (SyntaxNode?)f.AstNode).Where(n => n is not null).Cast<SyntaxNode>().ToList();
                errors.Add(GraphQLError.At($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{pathText}\".", nodes));
                continue;
            }

            if (visited.Add(fieldType))
            {
                path.Add(field);
                onPath[fieldType] = path.Count;
                stack.Add((fieldType, 0));
            }
        }
    }
}
