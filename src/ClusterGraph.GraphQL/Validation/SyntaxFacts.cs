using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>Small questions about syntax nodes that several rules ask.</summary>
internal static class SyntaxFacts
{
    /// <summary>The directives applied to a node (empty for kinds that take none).</summary>
    public static IReadOnlyList<DirectiveNode> DirectivesOf(SyntaxNode node) => node switch
    {
        ExecutableDefinitionNode n => n.Directives,
        SelectionNode n => n.Directives,
        VariableDefinitionNode n => n.Directives,
        SchemaDefinitionNode n => n.Directives,
        TypeDefinitionNode n => n.Directives,
        TypeSystemExtensionNode n => n.Directives,
        FieldDefinitionNode n => n.Directives,
        InputValueDefinitionNode n => n.Directives,
        EnumValueDefinitionNode n => n.Directives,
        _ => [],
    };

    /// <summary>The name of a type definition or extension.</summary>
    public static string? TypeNameOf(SyntaxNode node) => node switch
    {
        TypeDefinitionNode n => n.Name.Value,
        TypeExtensionNode n => n.Name.Value,
        _ => null,
    };
}
