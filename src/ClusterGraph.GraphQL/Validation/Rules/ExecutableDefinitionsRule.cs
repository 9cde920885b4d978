using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Executable Definitions (https://spec.graphql.org/October2021/#sec-Executable-Definitions):
/// "For each definition definition in document: definition must be ExecutableDefinition (it must not be
/// TypeSystemDefinitionOrExtension)."
/// </summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.Document);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        foreach (DefinitionNode definition in ((DocumentNode)node).Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            string name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => '"' + type.Name.Value + '"',
                TypeExtensionNode extension => '"' + extension.Name.Value + '"',
                DirectiveDefinitionNode directive => '"' + directive.Name.Value + '"',
                _ => "unknown",
            };
            Context.Report($"The {name} definition is not executable.", definition);
        }

        return false;
    }
}
