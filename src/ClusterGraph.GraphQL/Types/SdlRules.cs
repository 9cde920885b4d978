using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Types;

/// <summary>The SDL-level checks graphql-js's buildSchema makes before building (the ones types cannot express).</summary>
internal static class SdlRules
{
    public static IEnumerable<GraphQLError> Check(
        List<TypeDefinitionNode> definitions,
        List<DirectiveDefinitionNode> directives,
        List<SchemaDefinitionNode> schemaDefinitions,
        List<SchemaExtensionNode> schemaExtensions)
    {
        for (int i = 1; i < schemaDefinitions.Count; i++)
        {
            yield return GraphQLError.At("Must provide only one schema definition.", schemaDefinitions[i]);
        }

        var seenOperations = new HashSet<OperationType>();
        foreach (IReadOnlyList<OperationTypeDefinitionNode> operationTypes in
            schemaDefinitions.Select(d => d.OperationTypes).Concat(schemaExtensions.Select(e => e.OperationTypes)))
        {
            foreach (OperationTypeDefinitionNode operationType in operationTypes)
            {
                if (!seenOperations.Add(operationType.Operation))
                {
                    string name = operationType.Operation.ToString().ToLowerInvariant();
                    yield return GraphQLError.At($"There can be only one {name} type in schema.", operationType);
                }
            }
        }

        foreach (TypeDefinitionNode definition in definitions)
        {
            if (Introspection.IntrospectionTypes.IsIntrospectionType(definition.Name.Value))
            {
                yield return GraphQLError.At($"Type \"{definition.Name.Value}\" already exists in the schema. It cannot also be defined in this type definition.", definition.Name);
            }
        }

        foreach (DirectiveDefinitionNode directive in directives)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (InputValueDefinitionNode argument in directive.Arguments)
            {
                if (!seen.Add(argument.Name.Value))
                {
                    yield return GraphQLError.At($"Argument \"@{directive.Name.Value}({argument.Name.Value}:)\" can only be defined once.", argument.Name);
                }
            }
        }
    }
}
