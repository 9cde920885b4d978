using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Argument Uniqueness (https://spec.graphql.org/October2021/#sec-Argument-Uniqueness):
/// "For each argument in the Document: Let argumentName be the Name of argument. Let arguments be all
/// Arguments named argumentName in the Argument Set which contains argument. arguments must be the set
/// containing only argument."
/// </summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.Field, SyntaxKind.Directive);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        IReadOnlyList<ArgumentNode> arguments = node is FieldNode field ? field.Arguments : ((DirectiveNode)node).Arguments;
        if (arguments.Count < 2)
        {
            return true;
        }

        foreach ((string name, List<SyntaxNode> nodes) in RepeatedNames.Find(arguments, a => a.Name))
        {
            Context.Report($"There can be only one argument named \"{name}\".", nodes);
        }

        return true;
    }
}
