using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Type System Directives (https://spec.graphql.org/October2021/#sec-Type-System.Directives): "All
/// directives within a GraphQL schema must have unique names." (graphql-js's UniqueDirectiveNamesRule, an
/// SDL rule). Without a base schema a document may redefine a built-in directive, so only repeats within
/// the documents are reported.
/// </summary>
public sealed class UniqueDirectiveNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.DirectiveDefinition);
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        NameNode name = ((DirectiveDefinitionNode)node).Name;
        if (_known.TryGetValue(name.Value, out NameNode? first))
        {
            Context.Report($"There can be only one directive named \"@{name.Value}\".", first, name);
        }
        else
        {
            _known[name.Value] = name;
        }

        return false;
    }
}
