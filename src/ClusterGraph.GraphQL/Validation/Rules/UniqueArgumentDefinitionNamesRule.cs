using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Field Arguments and Directive arguments (https://spec.graphql.org/October2021/#sec-Objects.Type-Validation,
/// https://spec.graphql.org/October2021/#sec-Type-System.Directives.Validation): "The argument must have a
/// unique name within that field" / "within that directive" (graphql-js's
/// UniqueArgumentDefinitionNamesRule, an SDL rule). One error per repeated name, naming every occurrence.
/// Like graphql-js, the arguments of input object fields are not looked at (they have none).
/// </summary>
public sealed class UniqueArgumentDefinitionNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(
        SyntaxKind.DirectiveDefinition, SyntaxKind.InterfaceTypeDefinition, SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.ObjectTypeDefinition, SyntaxKind.ObjectTypeExtension);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        if (node is DirectiveDefinitionNode directive)
        {
            Check("@" + directive.Name.Value, directive.Arguments);
            return false;
        }

        string typeName = SyntaxFacts.TypeNameOf(node)!;
        IReadOnlyList<FieldDefinitionNode> fields = node switch
        {
            ObjectTypeDefinitionNode n => n.Fields,
            ObjectTypeExtensionNode n => n.Fields,
            InterfaceTypeDefinitionNode n => n.Fields,
            _ => ((InterfaceTypeExtensionNode)node).Fields,
        };
        foreach (FieldDefinitionNode field in fields)
        {
            Check(typeName + "." + field.Name.Value, field.Arguments);
        }

        return false;
    }

    private void Check(string owner, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        foreach ((string name, List<SyntaxNode> nodes) in RepeatedNames.Find(arguments, a => a.Name))
        {
            Context.Report($"Argument \"{owner}({name}:)\" can only be defined once.", nodes);
        }
    }
}
