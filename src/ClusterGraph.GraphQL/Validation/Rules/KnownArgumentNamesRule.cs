using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names (https://spec.graphql.org/October2021/#sec-Argument-Names):
/// "For each argument in the document: Let argumentName be the Name of argument. Let argumentDefinition
/// be the argument definition provided by the parent field or definition named argumentName.
/// argumentDefinition must exist."
/// </summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.Directive, SyntaxKind.Argument);
    private readonly KnownArgumentNamesOnDirectivesRule _onDirectives;

    public KnownArgumentNamesRule(ValidationContext context)
        : base(context)
    {
        _onDirectives = new KnownArgumentNamesOnDirectivesRule(context);
    }

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        if (node is DirectiveNode)
        {
            return _onDirectives.Enter(node);
        }

        if (Context.Argument is null && Context.FieldDef is { } fieldDef && Context.ParentType is { } parentType)
        {
            string name = ((ArgumentNode)node).Name.Value;
            Context.Report(
                $"Unknown argument \"{name}\" on field \"{parentType.Name}.{fieldDef.Name}\"."
                    + Context.DidYouMean(Context.SuggestionList(name, fieldDef.Arguments.Select(a => a.Name))),
                node);
        }

        return true;
    }
}
